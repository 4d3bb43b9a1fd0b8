#include "shared_options.hpp"

#include "full_program.hpp"
#include "plan_build.hpp"

#include "commands.hpp"
#include "naskah/text/font_set.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {

const OptionSpec format_option{"--format", text::tr_mark("text|json"),
                               text::tr_mark("text (default), or JSON for editors and tools"), ValueKind::choice,
                               {"text", "json"}};

const OptionSpec annex_source_option{"--annex-source", text::tr_mark("FILE"),
                                     text::tr_mark("with --pdfa: the spreadsheet the annex was imported from, carried\n"
                                                   "inside the PDF/A-3b beside the plan"),
                                     ValueKind::spreadsheet};

OptionSpec force_option(const char* help) { return {"-f,--force", nullptr, help}; }

OptionSpec template_option(const char* help) {
  return {"--template", text::tr_mark("NAME|DIR"), help, ValueKind::template_name};
}

const OptionSpec font_dir_option{
    "--font-dir", text::tr_mark("DIR"),
    text::tr_mark("fonts that are not installed: a folder of TrueType files, or one\n"
                  "holding a families.conf (fonts/README.md); searched first, before\n"
                  "NASKAH_FONT_PATH; may be given more than once"),
    ValueKind::folder};

std::vector<OptionSpec> with_build_options(std::vector<OptionSpec> first, const char* template_help,
                                           const char* strict_help) {
  first.push_back(template_option(template_help));
  first.push_back(font_dir_option);
  first.push_back({"-s,--strict", nullptr, strict_help});
  first.push_back({"--pdfa", text::tr_mark("3b|1b"),
                   text::tr_mark("for the archive (docs/archiving.md): PDF/A-3b with the plan inside\n"
                                 "(naskah extract gets it back), or PDF/A-1b, the document alone"),
                   ValueKind::choice,
                   {"3b", "1b"},
                   true});

  first.push_back({"--draft", nullptr, text::tr_mark("\"KONSEP\" across every page, for versions that are not the signed one")});
  first.push_back({"--paper", text::tr_mark("A4|F4"),
                   text::tr_mark("every page on this paper, keeping its orientation and margins\n"
                                 "(default: the template's; the standard templates' is F4)"),
                   ValueKind::choice, {"A4", "F4"}});
  first.push_back({"--format", text::tr_mark("pdf|docx|pdf,docx"),
                   text::tr_mark("what to write: the PDF (default), an editable Word copy (DOCX, for\n"
                                 "changes before signing; docs/docx.md), or both"),
                   ValueKind::choice,
                   {"pdf", "docx", "pdf,docx"}});
  return first;
}

std::optional<int> read_build_options(const ParsedArgs& args, BuildRequest& request) {
  request.template_choice = args.value_or_empty("--template");
  request.strict = args.flag("--strict");
  if (args.flag("--pdfa")) request.pdfa = args.value_or_empty("--pdfa") == "1b" ? pdf::PdfaPart::a1b : pdf::PdfaPart::a3b;
  request.annex_source = args.value_or_empty("--annex-source");
  request.draft = args.flag("--draft");
  if (const std::string paper = args.value_or_empty("--paper"); !paper.empty()) {
    request.paper = paper == "A4" ? compose::Paper::a4 : compose::Paper::f4;
  }
  if (const auto format = args.value("--format")) {
    request.formats = OutputFormats{format->find("pdf") != std::string::npos, format->find("docx") != std::string::npos};
  }
  for (const std::string& folder : args.values("--font-dir")) {
    std::string problem;
    if (!text::add_font_folder(folder, &problem)) {
      return usage_error(args.command(), text::tr("--font-dir {}: {}", folder, problem));
    }
    request.font_dirs.push_back(folder);
  }
  return std::nullopt;
}

std::optional<int> check_formats(const ParsedArgs& args, const BuildRequest& request) {
  // naskah, which links no DOCX writer, hands the whole command to naskah-full before anything is done.
  if (request.formats.docx && !can_write_docx()) return become_full_program();
  if (request.pdfa != pdf::PdfaPart::none && !request.formats.pdf) {
    return usage_error(args.command(), text::tr("--pdfa makes the PDF an archive's PDF/A; a DOCX alone has none"));
  }
  if (!request.annex_source.empty() && request.pdfa != pdf::PdfaPart::a3b) {
    return usage_error(args.command(), text::tr("--annex-source goes into a PDF/A-3b: give --pdfa (not --pdfa=1b)"));
  }
  return std::nullopt;
}

}  // namespace naskah::cli
