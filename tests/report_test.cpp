// Diagnostics written out: a text file's line and column, a workbook's sheet and cell, the file as a whole; and the
// same in JSON.

#include <catch2/catch.hpp>

#include "naskah/diag/report.hpp"

using namespace naskah::diag;

TEST_CASE("a place is line:column in a text file, Sheet!A1 in a workbook, nothing for the file as a whole", "[report]") {
  CHECK(format_text({Severity::error, {"lampiran.csv", 12, 20}, "bad", "bad-amount"}) ==
        "lampiran.csv:12:20: error: bad [bad-amount]");
  CHECK(format_text({Severity::error, {"lampiran.xlsx", 12, 20, "Sheet1"}, "bad", "bad-amount"}) ==
        "lampiran.xlsx:Sheet1!T12: error: bad [bad-amount]");
  CHECK(format_text({Severity::warning, {"lampiran.xlsx", 3, 28, "Lampiran RKT"}, "hidden", "hidden-cells"}) ==
        "lampiran.xlsx:'Lampiran RKT'!AB3: warning: hidden [hidden-cells]");
  CHECK(format_text({Severity::error, {"lampiran.xlsx", 0, 0, "Sheet1"}, "damaged", "workbook"}) ==
        "lampiran.xlsx: error: damaged [workbook]");
  CHECK(format_text({Severity::error, {"lampiran.xlsx", 0, 0}, "damaged", ""}) == "lampiran.xlsx: error: damaged");
}

TEST_CASE("JSON gives a workbook's cell by its sheet and name as well as its row and column", "[report]") {
  CHECK(format_json({{Severity::error, {"a.xlsx", 12, 20, "Sheet1"}, "bad", "bad-amount"},
                     {Severity::warning, {"a.csv", 2, 3}, "w", "r"}}) ==
        R"([{"file":"a.xlsx","sheet":"Sheet1","cell":"T12","line":12,"column":20,"severity":"error","rule":"bad-amount","message":"bad"},)"
        R"({"file":"a.csv","line":2,"column":3,"severity":"warning","rule":"r","message":"w"}])");
}

TEST_CASE("diagnostics sort by file, sheet, row and column", "[report]") {
  Diagnostics found;
  found.error({"a.xlsx", 5, 1, "B"}, "r", "third");
  found.error({"a.xlsx", 9, 1, "A"}, "r", "second");
  found.error({"a.xlsx", 2, 7, "A"}, "r", "first");
  found.sort_by_location();
  CHECK(found.all()[0].message == "first");
  CHECK(found.all()[1].message == "second");
  CHECK(found.all()[2].message == "third");
}
