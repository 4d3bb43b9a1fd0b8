// plan_source: the plan a request of naskah serve names — of the folder's listing, uploaded, or a spreadsheet made a
// first plan with the identity form — within the limits, and never reading a file outside the folder.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../src/serve/plan_source.hpp"
#include "naskah/plan/annex_export.hpp"
#include "naskah/plan/csv_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using naskah::serve::PlanForm;
using naskah::serve::plan_source;
using naskah::serve::ServedFolder;

namespace {

const std::string sample_path = NASKAH_SOURCE_DIR "/samples/rkt-2024-setwan-luwu-timur.xml";

/// A folder holding the sample, as rkt-2024.xml, and its logo.
struct SampleFolder : naskah::test::TempFolder {
  SampleFolder() {
    fs::copy_file(sample_path, path / "rkt-2024.xml");
    fs::copy_file(NASKAH_SOURCE_DIR "/samples/lambang.png", path / "lambang.png");
  }
};

std::vector<std::string> rules(const naskah::diag::Diagnostics& found) {
  std::vector<std::string> out;
  for (const auto& d : found.all()) out.push_back(d.rule);
  return out;
}

}  // namespace

TEST_CASE("a plan of the listing is read by its name, an unlisted name is no file", "[serve]") {
  const SampleFolder dir;
  const ServedFolder folder(dir.path);
  PlanForm form;
  form.set("name", {"", "rkt-2024.xml"});
  naskah::serve::PlanSource source = plan_source(form, "", folder);
  CHECK(source.usable());
  CHECK(source.name == "rkt-2024.xml");
  CHECK(source.text == dir.read("rkt-2024.xml"));

  form.set("name", {"", "../rkt-2024.xml"});
  source = plan_source(form, "", folder);
  CHECK_FALSE(source.usable());
  CHECK(rules(source.diagnostics) == std::vector<std::string>{"io"});
  CHECK(source.diagnostics.all()[0].message == "there is no ../rkt-2024.xml in the served folder");
}

TEST_CASE("an upload is named by its file name alone and stands in the folder, beside the logo it names", "[serve]") {
  const SampleFolder dir;
  const ServedFolder folder(dir.path);
  PlanForm form;
  form.set("file", {"../../etc/rkt-baru.xml", dir.read("rkt-2024.xml")});
  const naskah::serve::PlanSource source = plan_source(form, "", folder);
  CHECK(source.usable());
  CHECK(source.name == "rkt-baru.xml");
  CHECK(source.path == (fs::canonical(dir.path) / "rkt-baru.xml").string());
}

TEST_CASE("a plan naming a file outside the folder is refused at the line that names it", "[serve]") {
  const SampleFolder dir;
  const ServedFolder folder(dir.path);
  std::string text = dir.read("rkt-2024.xml");
  const std::size_t logo = text.find("logo=\"lambang.png\"");
  REQUIRE(logo != std::string::npos);
  for (const char* hostile : {"/etc/hostname", "../lambang.png", "sub/../../x.png"}) {
    std::string changed = text;
    changed.replace(logo, std::string("logo=\"lambang.png\"").size(), std::string("logo=\"") + hostile + "\"");
    PlanForm form;
    form.set("file", {"rkt.xml", changed});
    const naskah::serve::PlanSource source = plan_source(form, "", folder);
    INFO(hostile);
    CHECK_FALSE(source.usable());
    REQUIRE(rules(source.diagnostics) == std::vector<std::string>{"outside-folder"});
    CHECK(source.diagnostics.all()[0].where.line == 11);
    CHECK(source.diagnostics.all()[0].message ==
          std::string("logo=\"") + hostile + "\": the server reads only files inside its folder");
  }
}

TEST_CASE("an upload past the plan limit, or empty, is refused before it is parsed", "[serve]") {
  const SampleFolder dir;
  const ServedFolder folder(dir.path);
  PlanForm form;
  form.set("file", {"big.xml", std::string(naskah::plan::max_plan_bytes + 1, ' ')});
  CHECK(rules(plan_source(form, "", folder).diagnostics) == std::vector<std::string>{"limit"});
  form.set("file", {"empty.xml", ""});
  CHECK(rules(plan_source(form, "", folder).diagnostics) == std::vector<std::string>{"io"});
  form = PlanForm();
  CHECK(plan_source(form, "", folder).diagnostics.all()[0].message == "choose a plan of the folder or upload one");
}

TEST_CASE("a spreadsheet with the identity form becomes a first plan with the spreadsheet's rencana", "[serve]") {
  const SampleFolder dir;
  const ServedFolder folder(dir.path);
  const naskah::plan::ParseResult sample = naskah::plan::parse_plan_file(sample_path);
  REQUIRE(sample.plan);
  const std::string csv = naskah::plan::write_csv(
      naskah::plan::annex_rows(sample.plan->rencana, naskah::plan::AnnexNumbers::indonesian), ';');
  PlanForm form;
  form.set("file", {"lampiran.csv", csv});
  form.set("instansi", {"", "Badan Perencanaan Pembangunan Daerah"});
  form.set("daerah", {"", "Kabupaten Luwu Timur"});
  form.set("tahun", {"", "2025"});
  form.set("penandatangan", {"", "Ir. Andi Baso"});
  form.set("nip", {"", "197003151995031002"});
  naskah::serve::PlanSource source = plan_source(form, "", folder);
  REQUIRE(source.usable());
  CHECK(source.name == "lampiran.xml");
  const naskah::plan::ParseResult made = naskah::plan::parse_plan_text(source.text, source.path);
  REQUIRE(made.plan);
  CHECK(made.plan->tahun.value == 2025);
  CHECK(made.plan->instansi.nama == "Badan Perencanaan Pembangunan Daerah");
  CHECK(made.plan->rencana.sasaran.size() == sample.plan->rencana.sasaran.size());

  form.set("tahun", {"", "25"});
  form.set("daerah", {"", ""});
  source = plan_source(form, "", folder);
  CHECK_FALSE(source.usable());
  CHECK(rules(source.diagnostics) == std::vector<std::string>{"identity", "identity"});
}
