#include "plan_source.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "naskah/plan/annex_import.hpp"
#include "naskah/plan/first_plan.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/plan/rencana_replace.hpp"
#include "naskah/io/source_file.hpp"
#include "naskah/text/translate.hpp"

namespace fs = std::filesystem;

namespace naskah::serve {
namespace {

/// An uploaded file's name as the page shows it: the browser's name without any folder; never "..".
std::string upload_name(const std::string& given, const char* fallback) {
  const std::string name = fs::path(given).filename().string();
  return name.empty() || name == "." || name == ".." ? fallback : name;
}

/// The year of the identity form: 2000 to 2099, as naskah import --tahun takes it.
std::optional<int> form_year(const std::string& text) {
  int year = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size() || year < 2000 || year > 2099) return std::nullopt;
  return year;
}

/// A unit's first plan from the identity form, with the spreadsheet's rencana in it.
void plan_of_spreadsheet(std::string_view bytes, const PlanForm& form, PlanSource& source) {
  std::optional<plan::Rencana> rencana = plan::read_annex_bytes(bytes, source.name, "", source.diagnostics);
  const std::optional<int> year = form_year(form.value("tahun"));
  if (!year) {
    source.diagnostics.error({source.name, 0, 0}, "identity",
                             text::tr("tahun \"{}\": the plan's year is a number from 2000 to 2099", form.value("tahun")));
  }
  plan::FirstPlanFacts facts;
  facts.instansi = form.value("instansi");
  facts.daerah = form.value("daerah");
  facts.jabatan = form.value("jabatan");
  facts.penandatangan = form.value("penandatangan");
  facts.nip = form.value("nip");
  facts.pangkat = form.value("pangkat");
  for (const auto& [field, value] : {std::pair{"instansi", &facts.instansi}, std::pair{"daerah", &facts.daerah}}) {
    if (value->empty()) source.diagnostics.error({source.name, 0, 0}, "identity", text::tr("{} is not filled in", field));
  }
  if (!rencana || !year || facts.instansi.empty() || facts.daerah.empty()) return;
  facts.tahun = *year;
  // Named as naskah import names a first plan's file, beside the spreadsheet.
  source.name = fs::path(source.name).replace_extension(".xml").string();
  source.path = fs::path(source.path).replace_extension(".xml").string();
  std::optional<plan::ReplacedRencana> replaced =
      plan::replace_rencana(plan::make_first_plan(facts), source.path, *rencana, source.diagnostics);
  if (replaced) source.text = std::move(replaced->text);
}

void refuse_too_large(bool spreadsheet, PlanSource& source) {
  constexpr std::size_t megabyte = 1024 * 1024;
  source.diagnostics.error(
      {source.name, 0, 0}, "limit",
      spreadsheet ? text::tr("the spreadsheet is larger than {} MB, the largest naskah reads; split it by sasaran",
                             plan::max_spreadsheet_bytes / megabyte)
                  : text::tr("the file is larger than {} MB, the largest plan naskah reads", plan::max_plan_bytes / megabyte));
}

std::uint32_t line_at(std::string_view text, std::ptrdiff_t offset) {
  if (offset < 0) return 0;
  const std::string_view before = text.substr(0, static_cast<std::size_t>(offset));
  return static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
}

/// Every file the plan names (logo="…", src="…") must be inside the folder: a plan from a request reads no other.
void refuse_files_outside(const pugi::xml_document& document, const ServedFolder& folder, PlanSource& source) {
  const fs::path beside = fs::path(source.path).parent_path();
  for (pugi::xpath_node found : document.select_nodes("//@logo | //@src")) {
    const pugi::xml_attribute attribute = found.attribute();
    const fs::path named(attribute.value());
    if (folder.contains(named.is_absolute() ? named : beside / named)) continue;
    // pugixml knows where an element starts, not its attributes: the attribute is the first of its name after it.
    const std::ptrdiff_t element = found.parent().offset_debug();
    const std::size_t at = element < 0 ? std::string::npos
                                       : source.text.find(std::string(attribute.name()) + "=",
                                                          static_cast<std::size_t>(element));
    const std::ptrdiff_t offset = at == std::string::npos ? element : static_cast<std::ptrdiff_t>(at);
    source.diagnostics.error({source.name, line_at(source.text, offset), 0}, "outside-folder",
                             text::tr("{}=\"{}\": the server reads only files inside its folder", attribute.name(),
                                      attribute.value()));
  }
}

}  // namespace

PlanSource plan_source(const PlanForm& form, std::string_view prefix, const ServedFolder& folder) {
  const std::string prefixed(prefix);
  PlanSource source;
  std::string bytes;
  bool spreadsheet = false;
  if (const std::string name = form.value(prefixed + "name"); !name.empty()) {
    std::optional<ServedFile> file = folder.find(name);
    if (!file) {
      source.diagnostics.error({name, 0, 0}, "io", text::tr("there is no {} in the served folder", name));
      return source;
    }
    source.name = file->name;
    source.path = file->path.string();
    spreadsheet = file->spreadsheet;
    io::SourceFile read = io::read_source_file(source.path, spreadsheet ? plan::max_spreadsheet_bytes
                                                                            : plan::max_plan_bytes);
    if (read.too_large) {
      refuse_too_large(spreadsheet, source);
      return source;
    }
    if (!read.bytes) {
      source.diagnostics.error({source.name, 0, 0}, "io", text::tr("cannot read the file: {}", read.problem));
      return source;
    }
    bytes = std::move(*read.bytes);
  } else if (const FormField* upload = form.file(prefixed + "file")) {
    source.name = upload_name(upload->file_name, "rencana.xml");
    source.path = (folder.path() / source.name).string();
    const std::string extension = fs::path(source.name).extension().string();
    spreadsheet = extension == ".csv" || extension == ".xlsx";
    bytes = upload->content;
  } else {
    source.diagnostics.error({"", 0, 0}, "io", text::tr("choose a plan of the folder or upload one"));
    return source;
  }
  if (bytes.empty()) {
    source.diagnostics.error({source.name, 0, 0}, "io", text::tr("the file is empty"));
  } else if (bytes.size() > (spreadsheet ? plan::max_spreadsheet_bytes : plan::max_plan_bytes)) {
    refuse_too_large(spreadsheet, source);
  } else if (spreadsheet) {
    plan_of_spreadsheet(bytes, form, source);
  } else {
    source.text = std::move(bytes);
  }
  pugi::xml_document document;
  // A plan that is not well-formed is left to the parse, which says where.
  if (!source.text.empty() && document.load_buffer(source.text.data(), source.text.size(), pugi::parse_default)) {
    refuse_files_outside(document, folder, source);
    source.template_name = document.document_element().attribute("template").value();
  }
  return source;
}

}  // namespace naskah::serve
