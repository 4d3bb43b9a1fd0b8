#pragma once
/// What layout finds wrong with the text it sets, kept to be reported at the place in the plan (or template) the
/// text came from: as TeX reports an "Overfull \hbox", naskah reports a run of text that no line could hold — a
/// word, a figure or a name wider than its column — which it cut between two characters to stay inside the measure.

#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/diag/diagnostic.hpp"

namespace naskah::layout {

struct OverfullRun {
  compose::TextOrigin origin;
  std::string text;
  double width = 0;    ///< points it needs
  double measure = 0;  ///< points the line had
  bool letters_cut = true;  ///< cut between two letters; otherwise one unbreakable run (a name) broken at a space
};

class LayoutProblems {
 public:
  /// Records a run cut to fit; the same text from the same place once (a document laid out twice for its page
  /// numbers, a cell repeated on the next page, report it again).
  void overfull(OverfullRun run);
  [[nodiscard]] const std::vector<OverfullRun>& overfull_runs() const { return overfull_; }

 private:
  std::vector<OverfullRun> overfull_;
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, std::string>> seen_;
};

/// The problems as warnings (rule "overfull"), located through the document's source files.
std::vector<diag::Diagnostic> layout_diagnostics(const LayoutProblems& problems,
                                                 const std::vector<std::string>& source_files);

}  // namespace naskah::layout
