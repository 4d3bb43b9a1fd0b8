#include "shared_options.hpp"

#include "commands.hpp"
#include "naskah/text/font_set.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {

const OptionSpec format_option{"--format", text::tr_mark("text|json"),
                               text::tr_mark("text (default), or JSON for editors and tools"), ValueKind::choice,
                               {"text", "json"}};

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
  first.push_back(
      {"--pdfa", nullptr, text::tr_mark("PDF/A-1b for the archive (XMP metadata, sRGB output intent; docs/archiving.md)")});
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
  request.pdfa = args.flag("--pdfa");
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
  if (request.pdfa && !request.formats.pdf) {
    return usage_error(args.command(), text::tr("--pdfa makes the PDF an archive's PDF/A; a DOCX alone has none"));
  }
  return std::nullopt;
}

}  // namespace naskah::cli
