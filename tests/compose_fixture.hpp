#pragma once

#include <fmt/format.h>
// Test helpers for composition and templates: the default template (loaded once, and as text to edit), composing a
// plan with it, and diagnostics as plain lines.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "naskah/compose/compose.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"

namespace naskah::test {

inline const std::string source_dir = NASKAH_SOURCE_DIR;
inline const std::string template_dir = source_dir + "/templates/rkt";

inline const compose::Template& default_template() {
  static const compose::Template t = [] {
    compose::TemplateLoad load = compose::load_template(template_dir);
    if (!load.value) throw std::runtime_error("the default template does not load");
    return *load.value;
  }();
  return t;
}

/// The default template without its standard text (no <body>, no standard foreword): the document is the plan's
/// own chapters, as tests of structure and tables want it.
inline const compose::Template& bare_template() {
  static const compose::Template t = [] {
    compose::Template bare = default_template();
    bare.body.clear();
    bare.foreword_text.reset();
    return bare;
  }();
  return t;
}

inline std::string default_template_text() {
  std::ifstream in(template_dir + "/template.xml", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The default template (or `text`) with the first occurrence of `from` replaced by `to`.
inline std::string edited(const std::string& from, const std::string& to, std::string text = default_template_text()) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

/// The line number (1-based) of the first line of the default template holding `needle`.
inline int line_of(const std::string& needle) {
  std::istringstream in(default_template_text());
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find(needle) != std::string::npos) return n;
  }
  FAIL("not in the template: " << needle);
  return 0;
}

/// The diagnostics of loading template text (named "t.xml"); a template with errors must not load.
inline std::vector<std::string> template_diagnostics(const std::string& text) {
  compose::TemplateLoad load = compose::load_template_text(text, template_dir, "t.xml");
  std::vector<std::string> lines;
  for (const auto& d : load.diagnostics.all()) lines.push_back(diag::format_text(d));
  if (load.diagnostics.has_errors()) CHECK_FALSE(load.value.has_value());
  return lines;
}

inline std::string text_of(const std::vector<compose::Span>& spans) {
  std::string out;
  for (const compose::Span& s : spans) out += s.text;
  return out;
}

/// The signature groups of a sequence (a signature block with what is kept with it), in order.
inline std::vector<const compose::Group*> signature_groups(const compose::PageSequence& sequence) {
  std::vector<const compose::Group*> found;
  for (const compose::Block& block : sequence.blocks) {
    const auto* group = std::get_if<compose::Group>(&block);
    if (group && !group->blocks.empty() && std::holds_alternative<compose::SignatureBlock>(group->blocks.back())) {
      found.push_back(group);
    }
  }
  return found;
}

/// A signature column's parts as text: a line's text, "[space 70.9]", "[image ttd.png]".
inline std::vector<std::string> parts_of(const compose::SignatureColumn& column) {
  std::vector<std::string> out;
  for (const compose::SignaturePart& part : column.parts) {
    if (const auto* line = std::get_if<compose::SignatureLine>(&part)) {
      out.push_back(text_of(line->spans));
    } else if (const auto* space = std::get_if<compose::SignatureSpace>(&part)) {
      out.push_back(fmt::format("[space {:.1f}]", space->height));
    } else {
      out.push_back("[image " + std::get<compose::SignatureImage>(part).path + "]");
    }
  }
  return out;
}

inline std::vector<std::string> format_all(const diag::Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.all()) lines.push_back(diag::format_text(d));
  return lines;
}

struct Composed {
  text::FontSet fonts;
  diag::Diagnostics diagnostics;
  compose::Document document;
};

inline void compose_into(Composed& c, const plan::Plan& p, const compose::Template& t = bare_template()) {
  c.document = compose::compose_document(p, t, c.fonts, compose::font_search_dirs(t, source_dir), c.diagnostics);
}

/// The sample plan, composed once with the default template.
inline const Composed& composed_sample() {
  static const plan::Plan p = [] {
    plan::ParseResult parsed = plan::parse_plan_file(source_dir + "/samples/rkt-2024-setwan-luwu-timur.xml");
    if (!parsed.plan) throw std::runtime_error("the sample does not parse");
    return *parsed.plan;
  }();
  static Composed c;
  static const bool composed = (compose_into(c, p), true);
  (void)composed;
  return c;
}

}  // namespace naskah::test
