// write_csv: cells quoted only where they must be, as spreadsheets read them back.

#include <catch2/catch.hpp>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/csv_reader.hpp"
#include "naskah/plan/csv_writer.hpp"

using namespace naskah;
using Rows = std::vector<std::vector<std::string>>;

TEST_CASE("CSV is written with a byte order mark and CRLF, quoting only what needs it", "[csv]") {
  const Rows rows{{"No", "Sasaran", "Target"},
                  {"1", "Rapat \"Paripurna\"; DPRD", "96,86%"},
                  {"", "two\nlines", " padded"},
                  {"", "", ""}};
  CHECK(plan::write_csv(rows, ';') ==
        "\xEF\xBB\xBFNo;Sasaran;Target\r\n"
        "1;\"Rapat \"\"Paripurna\"\"; DPRD\";96,86%\r\n"
        ";\"two\nlines\";\" padded\"\r\n"
        ";;\r\n");
  CHECK(plan::write_csv(rows, ',') ==
        "\xEF\xBB\xBFNo,Sasaran,Target\r\n"
        "1,\"Rapat \"\"Paripurna\"\"; DPRD\",\"96,86%\"\r\n"
        ",\"two\nlines\",\" padded\"\r\n"
        ",,\r\n");
}

TEST_CASE("what write_csv writes, read_csv reads back, with either separator", "[csv]") {
  const Rows rows{{"a", "b;c", "d,e", "\"", "x\r\ny", ""}, {"", "", "", "", "", "z"}};
  for (char separator : {';', ','}) {
    diag::Diagnostics out;
    plan::CsvTable table = plan::read_csv(plan::write_csv(rows, separator), "a.csv", out);
    CHECK(out.empty());
    CHECK(table.separator == separator);
    CHECK(table.rows == rows);
  }
}
