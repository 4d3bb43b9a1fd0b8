#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

#include "naskah/plan/amount.hpp"

using naskah::plan::parse_rupiah;
using naskah::plan::Rupiah;

TEST_CASE("amounts are read plain or with dots between groups of three", "[amount]") {
  CHECK(parse_rupiah("28584558694").value->value == 28584558694);
  CHECK(parse_rupiah("28.584.558.694").value->value == 28584558694);
  CHECK(parse_rupiah("0").value->value == 0);
  CHECK(parse_rupiah("999.999.999.999.999").value->value == 999999999999999);
  CHECK(parse_rupiah("000123").value->value == 123);
}

TEST_CASE("malformed amounts are refused with a reason", "[amount]") {
  CHECK(parse_rupiah("28,584,558,694").error == "use dots between thousands (28.584.558.694), not commas");
  CHECK(parse_rupiah("-3").error == "an amount cannot be negative");
  CHECK(parse_rupiah("1e9").error == "write the amount in full digits, without an exponent");
  CHECK(parse_rupiah("Rp 5").error == "write the amount without \"Rp\"");
  CHECK(parse_rupiah("").error == "the amount is empty");
  for (const char* bad : {"12.5.000", "1.2345", ".123", "123.", "1..000", "1234.567"}) {
    INFO(bad);
    CHECK_FALSE(parse_rupiah(bad));
  }
  CHECK(parse_rupiah("12345678901234567890").error == "more than 15 digits; the largest amount is 999.999.999.999.999");
  CHECK_FALSE(parse_rupiah("1.000.000.000.000.000"));
}

TEST_CASE("a spreadsheet's amounts: non-breaking spaces between thousands, ',00' without cents", "[amount]") {
  using naskah::plan::parse_rupiah_cell;
  CHECK(parse_rupiah_cell("28\xC2\xA0" "584\xC2\xA0" "558\xC2\xA0" "694").value->value == 28584558694);  // U+00A0
  CHECK(parse_rupiah_cell("40\xE2\x80\xAF" "206\xE2\x80\xAF" "350").value->value == 40206350);            // U+202F
  CHECK(parse_rupiah_cell("40.206.350,00").value->value == 40206350);
  CHECK(parse_rupiah_cell("40\xC2\xA0" "206\xC2\xA0" "350,00").value->value == 40206350);
  CHECK(parse_rupiah_cell("40206350").value->value == 40206350);
  // Other cents, groups that are not of three, plain spaces: refused as the plan format refuses them.
  CHECK(parse_rupiah_cell("40.206.350,50").error == "whole Rupiah have no decimals; write 40.206.350");
  // A number with a fraction, as a workbook's number cell is read (xlsx_number): decimals, not thousands.
  CHECK(parse_rupiah_cell("425750000,125").error == "whole Rupiah have no decimals; write 425750000");
  CHECK(parse_rupiah_cell("4257,5").error == "whole Rupiah have no decimals; write 4257");
  CHECK(parse_rupiah_cell("1,250").error == "use dots between thousands (28.584.558.694), not commas");
  CHECK_FALSE(parse_rupiah_cell("40\xC2\xA0" "20\xC2\xA0" "350"));
  CHECK(parse_rupiah_cell("40 206 350").error == "write the amount without spaces");
  CHECK_FALSE(parse_rupiah_cell(",00"));
  // The plan format itself takes none of it.
  CHECK_FALSE(naskah::plan::parse_rupiah("40.206.350,00"));
  CHECK_FALSE(naskah::plan::parse_rupiah("40\xC2\xA0" "206"));
}

TEST_CASE("sums of amounts detect overflow", "[amount]") {
  constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
  CHECK(naskah::plan::checked_add(Rupiah{1}, Rupiah{2})->value == 3);
  CHECK_FALSE(naskah::plan::checked_add(Rupiah{max}, Rupiah{1}));
  CHECK(naskah::plan::checked_add(Rupiah{max - 1}, Rupiah{1})->value == max);
  CHECK_FALSE(naskah::plan::checked_subtract(Rupiah{std::numeric_limits<std::int64_t>::min()}, Rupiah{1}));
}
