// PlanService: what the page's requests get — the check's diagnostics as JSON, the documents' bytes named as
// naskah batch names them, the revision's PDF — made by the commands' own functions.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../src/serve/plan_service.hpp"
#include "kept_pdfs.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using naskah::serve::PlanForm;
using naskah::serve::PlanService;
using naskah::serve::ServedFolder;

namespace {

/// A folder of two valid plans, the logo they name, and a plan with one budget warning (selisih.xml). The
/// templates are found by name, as an installed naskah finds them: here in the source tree's templates/.
struct ServiceFolder : naskah::test::TempFolder {
  ServiceFolder() {
    ::setenv("NASKAH_TEMPLATE_PATH", NASKAH_SOURCE_DIR "/templates", 1);
    for (const char* file : {"minimal.xml", "perubahan.xml", "logo.png"}) {
      fs::copy_file(fs::path(NASKAH_SOURCE_DIR "/tests/data/valid") / file, path / file);
    }
    fs::copy_file(NASKAH_SOURCE_DIR "/tests/data/invalid/budget-kegiatan-differs.xml", path / "selisih.xml");
  }
};

PlanForm named(const std::string& name) {
  PlanForm form;
  form.set("name", {"", name});
  return form;
}

}  // namespace

TEST_CASE("check answers the plan's source and its diagnostics as naskah check --format json has them", "[serve]") {
  const ServiceFolder dir;
  PlanService service{ServedFolder(dir.path)};
  CHECK(service.listing_json() ==
        R"([{"name": "minimal.xml", "spreadsheet": false}, {"name": "perubahan.xml", "spreadsheet": false}, )"
        R"({"name": "selisih.xml", "spreadsheet": false}])");
  const naskah::serve::Reply reply = service.check(named("selisih.xml"));
  CHECK(reply.status == 200);
  CHECK(reply.content_type == "application/json");
  CHECK(reply.body.find(R"("plan": "selisih.xml")") != std::string::npos);
  CHECK(reply.body.find(R"("line":11,"column":101,"severity":"warning","rule":"budget-rollup")") !=
        std::string::npos);
  CHECK(reply.body.find(R"("errors": 0, "warnings": 1})") != std::string::npos);
}

TEST_CASE("build answers the PDF or DOCX named after the plan, and the problems when there is none", "[serve]") {
  const ServiceFolder dir;
  PlanService service{ServedFolder(dir.path)};
  PlanForm form = named("minimal.xml");
  form.set("paper", {"", "A4"});
  form.set("draft", {"", "1"});
  naskah::serve::Reply reply = service.build(form);
  REQUIRE(reply.status == 200);
  CHECK(reply.content_type == "application/pdf");
  CHECK(reply.file_name == "minimal.pdf");
  REQUIRE(reply.body.starts_with("%PDF-"));
  CHECK(reply.body.find("/MediaBox [ 0 0 595.27557 841.88977 ]") != std::string::npos);  // A4, not the F4 of minimal.xml
  naskah::test::keep_for_pdf_readers(dir.write("built.pdf", reply.body), "serve-minimal.pdf");

  form.set("format", {"", "docx"});
  reply = service.build(form);
  REQUIRE(reply.status == 200);
  CHECK(reply.file_name == "minimal.docx");
  CHECK(reply.body.starts_with("PK"));

  PlanForm broken;
  broken.set("file", {"rusak.xml", "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\">"});
  reply = service.build(broken);
  CHECK(reply.status == 422);
  CHECK(reply.body.find(R"("rule":"xml-syntax")") != std::string::npos);
}

TEST_CASE("a template is chosen from the page's three and never from the request", "[serve]") {
  const ServiceFolder dir;
  fs::create_directories(dir.path / "evil");
  dir.write("evil/template.xml", "<template/>");
  PlanService service{ServedFolder(dir.path)};
  std::string text = dir.read("minimal.xml");
  const std::size_t root = text.find("<rkt ");
  REQUIRE(root != std::string::npos);
  text.insert(root + 5, "template=\"evil\" ");
  PlanForm form;
  form.set("file", {"evil.xml", text});
  form.set("document", {"", "evil"});
  const naskah::serve::Reply reply = service.build(form);
  CHECK(reply.status == 200);  // built with the RKT's template: the folder named by the plan is never read
}

TEST_CASE("without a document chosen, the plan's own template is built when it is one of the page's", "[serve]") {
  const ServiceFolder dir;
  fs::copy_file(NASKAH_SOURCE_DIR "/samples/lkjip-2024-setwan-luwu-timur.xml", dir.path / "lkjip.xml");
  fs::copy_file(NASKAH_SOURCE_DIR "/samples/lambang.png", dir.path / "lambang.png");
  PlanService service{ServedFolder(dir.path)};
  PlanForm form = named("lkjip.xml");
  naskah::serve::Reply reply = service.build(form);
  REQUIRE(reply.status == 200);
  CHECK(reply.body.find("/Title (Laporan Kinerja Instansi Pemerintah") != std::string::npos);  // its metadata
  form.set("document", {"", "rkt"});
  CHECK(service.build(form).status == 422);  // an LKjIP's plan is no RKT: the RKT's template wants its parts
}

TEST_CASE("diff answers the revision's PDF, perubahan-NEW.pdf, and refuses plans with errors", "[serve]") {
  const ServiceFolder dir;
  PlanService service{ServedFolder(dir.path)};
  PlanForm form;
  form.set("old_name", {"", "minimal.xml"});
  form.set("new_name", {"", "perubahan.xml"});
  naskah::serve::Reply reply = service.diff(form);
  REQUIRE(reply.status == 200);
  CHECK(reply.file_name == "perubahan-perubahan.pdf");
  CHECK(reply.body.starts_with("%PDF-"));
  naskah::test::keep_for_pdf_readers(dir.write("changes.pdf", reply.body), "serve-changes.pdf");

  form.set("new_file", {"rusak.xml", "<rkt"});
  form.set("new_name", {"", ""});
  reply = service.diff(form);
  CHECK(reply.status == 422);
  CHECK(reply.body.find("cannot compare plans with errors") != std::string::npos);
}
