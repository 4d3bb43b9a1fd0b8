#pragma once
// Internal to the DOCX writer: lists as Word numbers them (numbering.xml). Each list of the document tree
// (compose::ListNumbering::list) is a numbering of its own with one level, so that it starts at its first number
// and a nested list counts apart from the list around it (its depth is in its indents); the format, pattern ("%1."
// for "#."), start and indents are the template's, the number set right-aligned to end where naskah's label ends.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "formatting.hpp"

namespace naskah::docx::detail {

class Numbering {
 public:
  /// The numId and level of an item of the list; `left` is the item's text indent in twips, `gap` the room between
  /// its label and its text, `label` the look of the label.
  std::pair<int, int> item(const compose::ListNumbering& list, long left, long gap, const RunLook& label);

  /// numbering.xml.
  [[nodiscard]] std::string part() const;

 private:
  struct List {
    compose::ListNumbering numbering;
    long left = 0;
    long gap = 0;
    RunLook label;
  };
  std::vector<List> lists_;
  std::map<std::uint32_t, int> by_list_;  ///< ListNumbering::list → numId
};

}  // namespace naskah::docx::detail
