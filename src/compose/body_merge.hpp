#pragma once
// Internal to composition: the chapters of a document — the template's standard text (its <body>) with the plan's
// own bab and subbab merged in. A plan's bab or subbab replaces the template's one of the same id (else of the
// same judul), removes it with hapus="ya", and is added otherwise: after the plan's bab or subbab written before
// it, or before the one written after it; at the end when it has neither.

#include <string>
#include <vector>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::compose::detail {

/// Blocks and the file they were written in (for diagnostics).
struct SourcedBlocks {
  const std::vector<plan::Block>* blocks = nullptr;
  const std::string* file = nullptr;
};

struct SourcedSection {
  const plan::Section* section = nullptr;
  const std::string* file = nullptr;
  /// The subbab whose judul is printed: the plan's, or the standard one it replaces without a judul of its own.
  const plan::Section* title = nullptr;
  const std::string* title_file = nullptr;
};

struct SourcedChapter {
  std::string id;                         ///< the template's id of the chapter, if it is a standard one
  const plan::Chapter* title = nullptr;  ///< the chapter whose judul is printed
  const std::string* title_file = nullptr;
  const std::vector<plan::Subtitle>* subtitles = nullptr;  ///< the lines under its judul in the heading
  const std::string* subtitles_file = nullptr;
  bool numbered = true;                   ///< false: a bab whose heading is its title alone (bernomor="tidak")
  SourcedBlocks intro;                    ///< the text before the first subbab
  std::vector<SourcedSection> sections;
};

/// The chapters in document order. Warns [template-body] where the plan removes a bab or subbab the template does
/// not have.
std::vector<SourcedChapter> merge_body(const std::vector<plan::Chapter>& standard, const std::string& template_file,
                                       const std::vector<plan::Chapter>& own, const std::string& plan_file,
                                       diag::Diagnostics& out);

}  // namespace naskah::compose::detail
