#pragma once
// Internal to the DOCX writer: a part's relationships (its .rels): what it refers to by id.

#include <string>
#include <string_view>
#include <vector>

namespace naskah::docx::detail {

class Relationships {
 public:
  /// Adds a relationship of `kind` (the last word of its type: "styles", "image", "footer") to `target`, relative to
  /// the part; returns its id ("rId3").
  std::string add(std::string_view kind, std::string target);
  /// The same with a type written out (the package's own relationships use other namespaces).
  std::string add_typed(std::string type, std::string target);

  /// The .rels part.
  [[nodiscard]] std::string part() const;

 private:
  struct Relationship {
    std::string type;
    std::string target;
  };
  std::vector<Relationship> relationships_;
};

}  // namespace naskah::docx::detail
