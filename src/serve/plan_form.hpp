#pragma once
// What a request of the page carries: its form's fields and uploaded files, by name, as the server read them from
// the request's body. The pieces that act on a request take this, not the HTTP library's types.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace naskah::serve {

struct FormField {
  std::string file_name;  ///< of an uploaded file, as the browser named it; empty for a plain field
  std::string content;
};

class PlanForm {
 public:
  void set(std::string name, FormField field) { fields_[std::move(name)] = std::move(field); }

  /// A plain field's value, or empty.
  [[nodiscard]] std::string value(std::string_view name) const;
  /// An uploaded file (a field with a file name), or nothing.
  [[nodiscard]] const FormField* file(std::string_view name) const;

 private:
  std::map<std::string, FormField, std::less<>> fields_;
};

}  // namespace naskah::serve
