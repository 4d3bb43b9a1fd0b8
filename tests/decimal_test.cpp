#include <catch2/catch.hpp>

#include "naskah/plan/decimal.hpp"
#include "naskah/plan/measure.hpp"

using naskah::plan::Decimal;
using naskah::plan::parse_indonesian_decimal;
using naskah::plan::parse_measure;

TEST_CASE("Indonesian decimals are read exactly", "[decimal]") {
  Decimal d = *parse_indonesian_decimal("96,86").value;
  CHECK(d.units == 9686);
  CHECK(d.scale == 2);
  CHECK(parse_indonesian_decimal("1.250").value->units == 1250);
  CHECK(parse_indonesian_decimal("1.250,5").value->to_c_string() == "1250.5");
  CHECK(parse_indonesian_decimal("-3").value->to_c_string() == "-3");
  CHECK(parse_indonesian_decimal("0,05").value->to_c_string() == "0.05");
  CHECK_FALSE(parse_indonesian_decimal("1.5"));
  CHECK_FALSE(parse_indonesian_decimal("1,"));
  CHECK_FALSE(parse_indonesian_decimal("1,1234567"));
}

TEST_CASE("decimals compare by value across scales", "[decimal]") {
  CHECK(Decimal{100, 0} == Decimal{10000, 2});
  CHECK(Decimal{9686, 2} < Decimal{100, 0});
  CHECK(Decimal{-1, 0} < Decimal{0, 3});
}

TEST_CASE("percentages round half up on exact values", "[decimal]") {
  auto p = [](const char* n, const char* d) {
    return naskah::plan::percent_of(*parse_indonesian_decimal(n).value, *parse_indonesian_decimal(d).value)->to_c_string();
  };
  CHECK(p("80", "90") == "88.89");
  CHECK(p("96,86", "100") == "96.86");
  CHECK(p("100", "90") == "111.11");
  CHECK(p("1", "8") == "12.50");  // 12,5 exactly: a binary fraction would also be exact here
  CHECK(p("1", "3") == "33.33");
  CHECK(p("2", "3") == "66.67");
  CHECK(p("0,0885", "0,1") == "88.50");
  CHECK_FALSE(naskah::plan::percent_of(Decimal{5, 0}, Decimal{0, 0}));
}

TEST_CASE("measures split number and unit", "[measure]") {
  auto m = *parse_measure("96,86%").value;
  CHECK(m.number->to_c_string() == "96.86");
  CHECK(m.unit == "%");
  auto doc = *parse_measure(" 2 Dokumen ").value;
  CHECK(doc.text == "2 Dokumen");
  CHECK(doc.unit == "Dokumen");
  CHECK(parse_measure("1.250 Orang").value->number->units == 1250);
  auto qualitative = *parse_measure("WTP").value;
  CHECK_FALSE(qualitative.is_quantitative());
  CHECK(qualitative.text == "WTP");
  CHECK(parse_measure("1.5 Dokumen").error ==
        "write decimals with a comma (96,86) and dots only between thousands (1.250)");
  CHECK(parse_measure("  ").error == "the value is empty");
  CHECK(naskah::plan::same_unit("paket", "Paket"));
  CHECK_FALSE(naskah::plan::same_unit("Paket", "Unit"));
}
