// naskah diff OLD NEW: what the revision changed — after the APBD Perubahan, the budget office and the planners
// want to see exactly which sub kegiatan moved, appeared or went, and how each program's total changed.

#include <fmt/format.h>

#include <iostream>

#include "changes_pdf.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "input_files.hpp"
#include "naskah/compose/compose.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/io/atomic_file.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/font_set.hpp"
#include "naskah/text/translate.hpp"
#include "plan_build.hpp"
#include "plan_or_archive.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/plan/plan_diff.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "shared_options.hpp"

namespace naskah::cli {
namespace {

/// The changes as a PDF; false, with the problems on standard error, when it cannot be written — nor, then, anything
/// else: a PDF that would land on one of the files it is made from (the plans, the template's, a font) is refused
/// before it is written.
bool write_changes(const plan::PlanDiff& d, const plan::Plan& after, const std::vector<std::string>& plans,
                   const BuildRequest& request) {
  const std::string& output = request.output;
  BuildResources resources;
  RenderedChanges rendered;
  std::vector<InputFile> inputs;
  for (const std::string& plan : plans) inputs.push_back({plan, text::tr_mark("a plan compared")});
  std::optional<std::string> refused = output_is_input(output, inputs);
  if (!refused) {
    rendered = render_changes(d, after, plans.back(), request, resources);
    refused = output_is_input(output, rendered.inputs);
  }
  if (refused) {
    rendered.notes.push_back(problem_line(diag::Severity::error, output, *refused));
  } else if (rendered.pdf) {
    try {
      io::write_file_atomically(output, *rendered.pdf);
      return true;
    } catch (const io::FileError& e) {
      rendered.notes.push_back(problem_line(diag::Severity::error, output, e.what()));
    }
  }
  for (const diag::Diagnostic& problem : rendered.problems.all()) std::cerr << diag::format_text(problem) << "\n";
  for (const std::string& note : rendered.notes) std::cerr << note << "\n";
  std::cerr << text::tr("naskah diff: {} not written", output) << "\n";
  return false;
}

std::string rupiah(std::int64_t amount) { return text::format_rupiah(amount); }

std::string signed_rupiah(std::int64_t difference) {
  return difference > 0 ? "+" + rupiah(difference) : rupiah(difference);  // "-Rp 5" already has its sign
}

/// The kind of a change as JSON writes it, the same in every language.
const char* kind_word(plan::PlanChange::Kind kind) {
  switch (kind) {
    case plan::PlanChange::Kind::added: return "added";
    case plan::PlanChange::Kind::removed: return "removed";
    case plan::PlanChange::Kind::changed: return "changed";
  }
  return "changed";
}

/// The kind of a change as the text output says it, in the user's language.
const char* kind_label(plan::PlanChange::Kind kind) {
  switch (kind) {
    case plan::PlanChange::Kind::added: return text::tr_text("added");
    case plan::PlanChange::Kind::removed: return text::tr_text("removed");
    case plan::PlanChange::Kind::changed: return text::tr_text("changed");
  }
  return text::tr_text("changed");
}

std::string describe(const plan::PlanChange& c) {
  std::string line = fmt::format("{:<8} {}", kind_label(c.kind), c.item);
  if (c.item.rfind("indikator", 0) != 0) line += fmt::format(" \"{}\"", c.name);
  if (c.field == "anggaran") {
    if (c.amount_before && c.amount_after) {
      line += fmt::format(": anggaran {} → {} ({})", rupiah(*c.amount_before), rupiah(*c.amount_after),
                          signed_rupiah(*c.amount_after - *c.amount_before));
    } else if (c.amount_after) {
      line += fmt::format(": anggaran {}", rupiah(*c.amount_after));
    } else if (c.amount_before) {
      line += fmt::format(": anggaran {}", rupiah(*c.amount_before));
    }
  } else if (c.field == "kode" && (c.before.empty() || c.after.empty())) {
    line += c.after.empty() ? text::tr(": kode \"{}\" → no kode", c.before) : text::tr(": no kode → kode \"{}\"", c.after);
  } else if (!c.field.empty() && c.kind == plan::PlanChange::Kind::changed) {
    line += fmt::format(": {} \"{}\" → \"{}\"", c.field, c.before, c.after);
  } else if (c.field == "target") {
    line += fmt::format(": target \"{}\"", c.kind == plan::PlanChange::Kind::added ? c.after : c.before);
  }
  return line;
}

std::string json_amount(const std::optional<std::int64_t>& amount) {
  return amount ? std::to_string(*amount) : std::string("null");
}

void print_json(const plan::PlanDiff& d) {
  std::string out = "{\n  \"changes\": [";
  for (std::size_t i = 0; i < d.changes.size(); ++i) {
    const plan::PlanChange& c = d.changes[i];
    out += fmt::format("{}\n    {{\"kind\": {}, \"item\": {}, \"name\": {}, \"field\": {}, \"before\": {}, \"after\": {}, "
                       "\"anggaran_before\": {}, \"anggaran_after\": {}, \"old_line\": {}, \"new_line\": {}}}",
                       i == 0 ? "" : ",", diag::json_quote(kind_word(c.kind)), diag::json_quote(c.item),
                       diag::json_quote(c.name), diag::json_quote(c.field), diag::json_quote(c.before),
                       diag::json_quote(c.after), json_amount(c.amount_before), json_amount(c.amount_after),
                       c.old_pos.line, c.new_pos.line);
  }
  out += d.changes.empty() ? "],\n  \"programs\": [" : "\n  ],\n  \"programs\": [";
  for (std::size_t i = 0; i < d.programs.size(); ++i) {
    const plan::ProgramTotal& p = d.programs[i];
    out += fmt::format("{}\n    {{\"item\": {}, \"name\": {}, \"anggaran_before\": {}, \"anggaran_after\": {}}}",
                       i == 0 ? "" : ",", diag::json_quote(p.item), diag::json_quote(p.name), json_amount(p.before),
                       json_amount(p.after));
  }
  out += d.programs.empty() ? "],\n" : "\n  ],\n";
  out += fmt::format("  \"total\": {{\"anggaran_before\": {}, \"anggaran_after\": {}, \"difference\": {}}}\n}}\n",
                     d.total_before, d.total_after, d.total_after - d.total_before);
  std::cout << out;
}

void print_text(const plan::PlanDiff& d) {
  for (const plan::PlanChange& c : d.changes) std::cout << describe(c) << "\n";
  if (!d.changes.empty()) std::cout << "\n";
  for (const plan::ProgramTotal& p : d.programs) {
    std::string line = fmt::format("{} \"{}\": ", p.item, p.name);
    if (p.before && p.after) {
      line += *p.before == *p.after ? rupiah(*p.after)
                                    : fmt::format("{} → {} ({})", rupiah(*p.before), rupiah(*p.after),
                                                  signed_rupiah(*p.after - *p.before));
    } else if (p.after) {
      line += text::tr("{} (new)", rupiah(*p.after));
    } else {
      line += text::tr("{} (removed)", rupiah(*p.before));
    }
    std::cout << line << "\n";
  }
  std::cout << text::tr("total: {}", rupiah(d.total_before));
  if (d.total_before != d.total_after) {
    std::cout << fmt::format(" → {} ({})", rupiah(d.total_after), signed_rupiah(d.total_after - d.total_before));
  }
  std::cout << "\n" << text::tr_plural("{} change", "{} changes", d.changes.size(), d.changes.size()) << "\n";
}

int run_diff(const ParsedArgs& args) {
  const std::vector<std::string>& files = args.operands();
  BuildRequest request;  // of the PDF, with -o
  if (auto bad = read_build_options(args, request)) return *bad;
  request.output = args.value_or_empty("--output");
  if (files.size() != 2) return usage_error("diff", text::tr("name the old plan and the new one"));
  plan::ParseResult before = parse_plan_or_archive(files[0]);
  plan::ParseResult after = parse_plan_or_archive(files[1]);
  bool readable = true;
  for (const plan::ParseResult* parsed : {&before, &after}) {
    for (const diag::Diagnostic& d : parsed->diagnostics.all()) {
      if (d.severity == diag::Severity::error) std::cerr << diag::format_text(d) << "\n";
    }
    readable = readable && parsed->plan && !parsed->diagnostics.has_errors();
  }
  if (!readable) {
    std::cerr << text::tr("naskah diff: cannot compare plans with errors; fix the errors above") << "\n";
    return exit_usage;
  }
  plan::PlanDiff d = plan::diff_plans(*before.plan, *after.plan);
  if (args.value("--format") == "json") {
    print_json(d);
  } else {
    print_text(d);
  }
  if (!request.output.empty() && !write_changes(d, *after.plan, files, request)) return exit_usage;
  return d.changes.empty() ? exit_ok : exit_input_errors;
}

}  // namespace

const CommandSpec& diff_command() {
  static const CommandSpec command{
      "diff",
      text::tr_mark(R"(usage: naskah diff [OPTIONS] OLD.xml NEW.xml

What changed from OLD to NEW: sasaran, program, kegiatan and sub kegiatan added, removed or changed (name,
kode, anggaran), indikator and their targets; then each program's total and the plan's total, before and
after, with the difference. Items are matched by kode, else by number and name.
Either may be an archived PDF/A-3b (naskah build --pdfa): the plan inside it is compared.
)"),
      text::tr_mark(R"(Exit status: 0 no differences, 1 differences, 2 bad usage or a plan that cannot be read.
Examples:
  naskah diff rkt-2024.xml rkt-2024-perubahan.xml
  naskah diff arsip/rkt-2024.pdf rkt-2024-perubahan.xml
  naskah diff -o perubahan-2024.pdf rkt-2024.xml rkt-2024-perubahan.xml
)"),
      {{nullptr,
        {format_option,
         {"-o,--output", text::tr_mark("FILE"),
          text::tr_mark("also write the changes as a PDF: a landscape table of kode, sebelum /\n"
                        "sesudah / selisih in the look of the annex (of NEW's template, or\n"
                        "--template's), its notes, NEW's date and signatory"),
          ValueKind::file},
         template_option(text::tr_mark("the template of the PDF (default: NEW's template=\"…\")")),
         font_dir_option}}},
      ValueKind::plan,
      run_diff};
  return command;
}

}  // namespace naskah::cli
