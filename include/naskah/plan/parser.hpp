#pragma once
/// Reading a plan file into the model. Every problem the parser can find is reported — malformed XML stops it,
/// anything else (unknown elements and attributes, missing or malformed values) is collected and the parse goes
/// on — so one run shows the user everything to fix.

#include <optional>
#include <string>
#include <string_view>

#include "naskah/plan/plan_size.hpp"
#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::plan {

struct ParseResult {
  /// Absent when the file could not be read or is not well-formed XML with an <rkt> root; present (perhaps
  /// incomplete) otherwise — check diagnostics.has_errors() before trusting it.
  std::optional<Plan> plan;
  diag::Diagnostics diagnostics;
};

/// The deepest nesting of elements read, in plans and templates alike (the root is level 1). A plan needs about
/// ten levels (rkt, bab, subbab, lists in lists, <b>); the readers descend into text and lists recursively, so a
/// file nested deeper is refused before they start.
inline constexpr int max_element_depth = 64;

/// Parses plan text; file_name is what diagnostics name.
ParseResult parse_plan_text(std::string_view text, const std::string& file_name);

/// A plan file's bytes, as parse_plan_text takes them; nothing, with an io or limit error, when the file cannot be
/// read or is larger than max_plan_bytes.
std::optional<std::string> read_plan_source(const std::string& path, diag::Diagnostics& diagnostics);

/// Reads and parses a file.
ParseResult parse_plan_file(const std::string& path);

/// The format's namespace, which names its version.
inline constexpr std::string_view plan_namespace = "urn:naskah:rkt:1";

/// Where a plan says its schema is (xsi:schemaLocation="urn:naskah:rkt:1 urn:naskah:rkt:1:xsd", as naskah init writes
/// it): a name, not a path, so that the plan names it the same wherever it is sent. schema/catalog.xml, installed beside
/// the schema, maps the name to the file for editors and xmllint (docs/editing.md).
inline constexpr std::string_view plan_schema_location = "urn:naskah:rkt:1:xsd";

}  // namespace naskah::plan
