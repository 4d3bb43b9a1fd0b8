#include "fuzz_build.hpp"

#include <cstdio>
#include <cstdlib>

#include "naskah/diag/report.hpp"
#include "naskah/pdf/archived_plan.hpp"

namespace naskah::fuzz {
namespace {

/// Both options on: the XMP packet, the embedded plan and the watermark are more of the path for an input to
/// reach, and none takes anything from the plain build away.
cli::BuildRequest request() {
  cli::BuildRequest r;
  r.plan_path = input_name();
  r.output = "fuzz-input.pdf";
  r.pdfa = naskah::pdf::PdfaPart::a3b;
  r.draft = true;
  return r;
}

std::size_t line_count(std::string_view bytes) {
  std::size_t lines = 1;
  for (char c : bytes) lines += c == '\n' ? 1 : 0;
  return lines;
}

[[noreturn]] void broken(const std::string& promise, const cli::RenderedPlan& outcome) {
  std::fprintf(stderr, "naskah_fuzz: a build broke its promise: %s\n", promise.c_str());
  for (const std::string& line : describe(outcome)) std::fprintf(stderr, "  %s\n", line.c_str());
  std::abort();
}

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

void check_promises(std::string_view bytes, const cli::RenderedPlan& outcome) {
  const cli::BuildReport& report = outcome.report;
  for (const diag::Diagnostic& d : report.diagnostics.all()) {
    if (d.where.file.empty() || d.message.empty() || d.rule.empty()) {
      broken("a diagnostic without its file, message or rule: " + diag::format_text(d), outcome);
    }
    const bool nowhere = d.where.line > line_count(bytes) || (d.where.line > 0 && d.where.column == 0);
    if (d.where.file == input_name() && nowhere) {
      broken("a diagnostic at no place of the input: " + diag::format_text(d), outcome);
    }
  }
  const std::string writer_failed = request().output + ": error: ";
  for (const std::string& note : report.notes) {
    if (note.rfind(writer_failed, 0) == 0) broken("the PDF writer failed on a plan that checking passed", outcome);
  }
  if (outcome.pdf) {
    if (report.diagnostics.has_errors()) broken("a PDF beside errors", outcome);
    if (outcome.pdf->rfind("%PDF-1.", 0) != 0 || !ends_with(*outcome.pdf, "%%EOF\n")) {
      broken("a PDF that is not one", outcome);
    }
    // naskah extract's promise: the archive carries the input, byte for byte, and reads back through qpdf.
    try {
      if (pdf::read_archived_plan_in_memory(*outcome.pdf).bytes != bytes) broken("the archive carries another plan", outcome);
    } catch (const pdf::ArchiveError& e) {
      broken(std::string("the archive's plan cannot be extracted: ") + e.what(), outcome);
    }
    return;
  }
  bool said_why = report.diagnostics.has_errors();
  for (const std::string& note : report.notes) said_why = said_why || note.find(": error: ") != std::string::npos;
  if (!said_why) broken("no PDF and no error to say why", outcome);
}

}  // namespace

const std::string& input_name() {
  static const std::string name = NASKAH_SOURCE_DIR "/tests/data/valid/fuzz-input.xml";
  return name;
}

cli::BuildResources& shared_resources() {
  // As in a batch: loaded once, shared by every build.
  static cli::BuildResources resources;
  return resources;
}

cli::RenderedPlan build_input(std::string_view bytes) {
  cli::RenderedPlan outcome = cli::render_plan(bytes, request(), shared_resources());
  check_promises(bytes, outcome);
  return outcome;
}

std::vector<std::string> describe(const cli::RenderedPlan& outcome) {
  std::vector<std::string> lines;
  const std::string source = NASKAH_SOURCE_DIR;
  for (const diag::Diagnostic& d : outcome.report.diagnostics.all()) {
    std::string line = diag::format_text(d);
    if (line.rfind(input_name() + ":", 0) == 0) line.erase(0, input_name().size() + 1);
    lines.push_back(line);
  }
  lines.insert(lines.end(), outcome.report.notes.begin(), outcome.report.notes.end());
  for (std::string& line : lines) {
    for (std::size_t at = line.find(source); at != std::string::npos; at = line.find(source, at)) {
      line.replace(at, source.size(), "<source>");
    }
  }
  lines.emplace_back(outcome.pdf ? "PDF made" : "no PDF");
  return lines;
}

}  // namespace naskah::fuzz
