#pragma once
/// Builds the inline content of a paragraph, list item or title: folds white space as HTML does (every run of
/// spaces and line breaks is one space, none at the start or end), splits out {placeholders} and reports
/// malformed or unknown ones.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "naskah/plan/model.hpp"
#include "naskah/plan/placeholders.hpp"

namespace naskah::plan {

class InlineBuilder {
 public:
  /// Maps an index into the text passed to add_text to its place in the file.
  using Locator = std::function<Pos(std::size_t index)>;
  /// Receives each problem: where, rule id, message.
  using ProblemSink = std::function<void(Pos, std::string_view rule, std::string message)>;

  /// `scope`: the repetitions (untuk-setiap) the text stands in, outermost first, which decide whether a
  /// placeholder such as {program.anggaran} is known here.
  explicit InlineBuilder(ProblemSink problems, std::vector<ItemKind> scope = {})
      : problems_(std::move(problems)), scope_(std::move(scope)) {}

  void add_text(std::string_view text, std::uint8_t style, const Locator& locate);
  void add_line_break();

  /// The folded content; the builder is empty afterwards.
  InlineText finish();

 private:
  /// Text without white space, after any pending space, in a run of `style`.
  void append_visible(std::string_view visible, std::uint8_t style);
  void flush_space(std::uint8_t style);

  ProblemSink problems_;
  std::vector<ItemKind> scope_;
  InlineText content_;
  bool pending_space_ = false;  ///< white space seen since the last visible character
};

/// Parses a whole attribute value such as judul="Evaluasi … Tahun {tahun-lalu}" into inline content.
InlineText parse_inline_attribute(std::string_view text, const InlineBuilder::Locator& locate,
                                  const InlineBuilder::ProblemSink& problems, std::vector<ItemKind> scope = {});

/// The text with placeholders shown as written ("{tahun}") — for messages and tests.
std::string to_display_string(const InlineText& text);

}  // namespace naskah::plan
