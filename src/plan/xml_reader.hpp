#pragma once
// Internal to the parser: reading one XML element of a plan — its attributes typed and located, its children
// checked against what the format allows — while collecting every problem as a diagnostic.

#include <pugixml.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/model.hpp"
#include "naskah/plan/source_map.hpp"

namespace naskah::plan::detail {

/// The first element (in document order) nested deeper than max_element_depth below the root, which is level 1;
/// empty when there is none.
pugi::xml_node first_too_deep(pugi::xml_node root);

/// What one parse shares: the source text, its line table, the file name, the diagnostics.
class ParseContext {
 public:
  ParseContext(std::string_view source, std::string file, diag::Diagnostics& diagnostics)
      : source_(source), map_(source), file_(std::move(file)), diagnostics_(diagnostics) {}

  [[nodiscard]] Pos position(std::size_t offset) const { return map_.position(offset); }
  /// Where an element starts: its '<'.
  [[nodiscard]] Pos element_position(pugi::xml_node node) const;
  /// Byte offset of the attribute's name inside the element's start tag (pugixml keeps none for attributes).
  [[nodiscard]] std::optional<std::size_t> attribute_offset(pugi::xml_node node, std::string_view name) const;
  /// The same, for the first occurrence at or after byte offset `from` (a repeated attribute).
  [[nodiscard]] std::optional<std::size_t> attribute_offset_after(pugi::xml_node node, std::string_view name,
                                                                  std::size_t from) const;
  /// The byte offsets of the names of all the element's attributes, in the order written.
  [[nodiscard]] std::vector<std::size_t> attribute_offsets(pugi::xml_node node) const;
  [[nodiscard]] Pos attribute_position(pugi::xml_node node, std::string_view name) const;
  /// Byte offset of the first character of the attribute's value, or of the element when not found.
  [[nodiscard]] std::size_t attribute_value_offset(pugi::xml_node node, std::string_view name) const;
  /// Where the character at `index` of a decoded text node stands in the file (exact for '{' and '}', which
  /// the placeholder syntax uses; approximate after entity references for anything else).
  [[nodiscard]] Pos text_position(std::size_t raw_start, std::string_view decoded, std::size_t index) const;

  /// The document's root element when it is <root_name> (else nothing), reporting on the way a DOCTYPE, a missing or
  /// wrong root and a missing or other namespace. `kind` names the file in messages ("plan", "template").
  pugi::xml_node checked_root(const pugi::xml_document& document, std::string_view root_name,
                              std::string_view expected_namespace, std::string_view kind);

  void error(Pos pos, std::string_view rule, std::string message);
  void warning(Pos pos, std::string_view rule, std::string message);

  [[nodiscard]] std::string_view source() const { return source_; }
  [[nodiscard]] const std::string& file() const { return file_; }

 private:
  /// Where text_position's last search for a brace stopped: the text, how far into it, and where in the source.
  struct BraceCursor {
    std::size_t raw_start = std::string_view::npos;
    const char* decoded = nullptr;
    char brace = 0;
    std::size_t decoded_pos = 0;  ///< decoded[0, decoded_pos) has been counted …
    std::size_t ordinal = 0;      ///< … and holds this many of the brace
    std::size_t raw_pos = 0;      ///< the source has been searched up to here …
    std::size_t raw_count = 0;    ///< … passing this many of the brace since raw_start
  };

  std::string_view source_;
  SourceMap map_;
  std::string file_;
  diag::Diagnostics& diagnostics_;
  mutable BraceCursor brace_cursor_;
};

/// One element: checks its attributes against the allowed set on construction (unknown ones are reported with
/// a "did you mean"), then reads typed attributes on request, reporting missing and malformed values.
class ElementReader {
 public:
  ElementReader(ParseContext& context, pugi::xml_node node, std::initializer_list<std::string_view> allowed);

  [[nodiscard]] Pos pos() const { return context_.element_position(node_); }
  [[nodiscard]] pugi::xml_node node() const { return node_; }
  [[nodiscard]] std::string tag() const { return std::string("<") + node_.name() + ">"; }
  [[nodiscard]] bool has(std::string_view name) const;
  /// Whether the attribute is written but empty or only white space (realisasi="": not filled in yet).
  [[nodiscard]] bool blank(std::string_view name) const;

  /// A name or title: required, and not blank. Leading and trailing white space is trimmed, inner runs folded.
  std::optional<At<std::string>> name(std::string_view attribute);
  /// The attribute's value exactly as written, and where; absent when not written.
  std::optional<At<std::string>> raw_text(std::string_view attribute) { return raw(attribute, false); }
  /// A name that may be left out, but not left empty.
  std::optional<At<std::string>> optional_name(std::string_view attribute);
  /// Free text, as written (trimmed); absent when not written.
  std::optional<At<std::string>> optional_text(std::string_view attribute);
  std::optional<At<Rupiah>> amount(std::string_view attribute, bool required);
  std::optional<At<Measure>> measure(std::string_view attribute, bool required);
  std::optional<At<int>> whole_number(std::string_view attribute, bool required, int minimum, int maximum);
  std::optional<At<CalendarDate>> date(std::string_view attribute);
  std::optional<At<Nip>> nip(std::string_view attribute);
  /// One of the given words; reports anything else, listing them.
  std::optional<At<std::string>> choice(std::string_view attribute, std::initializer_list<std::string_view> words);
  /// A kode of the nomenclature: dot-separated groups of letters and digits.
  std::optional<At<std::string>> code(std::string_view attribute);

  /// The element children, each checked to be one of `allowed` (unknown ones are reported and skipped). Text
  /// other than white space is reported: this element holds elements, not text.
  std::vector<pugi::xml_node> children(std::initializer_list<std::string_view> allowed);

 private:
  std::optional<At<std::string>> raw(std::string_view attribute, bool required);
  void report_bad_value(std::string_view attribute, std::string_view rule, const std::string& why);
  [[nodiscard]] std::string unexpected_text_message(const std::vector<std::string_view>& allowed) const;

  ParseContext& context_;
  pugi::xml_node node_;
  std::vector<std::string> misspelt_;  ///< allowed names that an unknown attribute nearly spelt
};

/// Reports the first child that stands before a sibling it should follow. `groups` lists the allowed names in
/// their required order; names in one group may mix.
void check_order(ParseContext& context, const ElementReader& parent, const std::vector<pugi::xml_node>& children,
                 std::initializer_list<std::initializer_list<std::string_view>> groups);

}  // namespace naskah::plan::detail
