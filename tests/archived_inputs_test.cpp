// What a PDF/A-3b build carries: the plan's text under its file name, the annex's spreadsheet, the template.

#include <catch2/catch.hpp>

#include "../src/cli/archived_inputs.hpp"
#include "naskah/archive/sha256.hpp"

#include "temp_folder.hpp"

using namespace naskah;

TEST_CASE("the plan under its name without folders, a spreadsheet beside it as data", "[archived-inputs]") {
  test::TempFolder folder;
  const std::string sheet = folder.write("Lampiran.XLSX", "PK\x03\x04");
  const cli::ArchivedInputs inputs = cli::archived_inputs("<rkt/>", "plans/2024/rkt-2024.xml", sheet);
  REQUIRE(inputs.problem.empty());
  REQUIRE(inputs.files.size() == 2);
  CHECK(inputs.files[0].name == "rkt-2024.xml");
  CHECK(inputs.files[0].bytes == "<rkt/>");
  CHECK(inputs.files[0].mime == "application/xml");
  CHECK(inputs.files[0].relationship == pdf::FileRelationship::source);
  CHECK(inputs.files[1].name == "Lampiran.XLSX");
  CHECK(inputs.files[1].bytes == std::string("PK\x03\x04"));
  CHECK(inputs.files[1].mime == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  CHECK(inputs.files[1].relationship == pdf::FileRelationship::data);
  CHECK(cli::archived_inputs("x", "a.xml", folder.write("l.csv", "a;b")).files[1].mime == "text/csv");
}

TEST_CASE("a spreadsheet that cannot be read is a problem, and nothing is carried", "[archived-inputs]") {
  test::TempFolder folder;
  const cli::ArchivedInputs inputs = cli::archived_inputs("<rkt/>", "rkt.xml", (folder.path / "missing.csv").string());
  CHECK(inputs.files.empty());
  CHECK_THAT(inputs.problem, Catch::StartsWith("cannot read the spreadsheet: "));
  CHECK(cli::archived_inputs("<rkt/>", "rkt.xml", "").files.size() == 1);
}

TEST_CASE("the template by its folder's name and its template.xml's SHA-256", "[archived-inputs]") {
  test::TempFolder folder;
  std::filesystem::create_directory(folder.path / "rkt");
  compose::Template chosen;
  chosen.dir = (folder.path / "rkt").string() + "/";
  chosen.file = folder.write("rkt/template.xml", "<template/>");
  pdf::WriteOptions options;
  cli::name_template(chosen, options);
  CHECK(options.template_name == "rkt");
  CHECK(options.template_sha256 == archive::sha256_hex("<template/>"));
  CHECK(cli::file_name_of("a/b/c.xml") == "c.xml");
  CHECK(cli::file_name_of("c.xml") == "c.xml");
}
