#include <catch2/catch.hpp>

#include <unicode/rbnf.h>

#include "naskah/text/comparison_key.hpp"
#include "naskah/text/edit_distance.hpp"
#include "naskah/text/indonesian_format.hpp"

using namespace naskah::text;

TEST_CASE("numbers and amounts in Indonesian notation", "[format]") {
  CHECK(format_integer(28584558694) == "28.584.558.694");
  CHECK(format_integer(0) == "0");
  CHECK(format_rupiah(1416207400) == "Rp 1.416.207.400");
  CHECK(format_rupiah(-5) == "-Rp 5");
  CHECK(format_decimal("1250.5") == "1.250,5");
  CHECK(format_percent("96.86") == "96,86%");
  CHECK(format_percent("100") == "100%");
  CHECK(format_percent("100.00") == "100%");
  CHECK(format_percent("88.885") == "88,89%");
}

TEST_CASE("dates in the long Indonesian form", "[format]") {
  CHECK(format_date_long(2024, 1, 2) == "02 Januari 2024");
  CHECK(format_date_long(2023, 12, 31) == "31 Desember 2023");
  CHECK(format_date_long(2024, 8, 17) == "17 Agustus 2024");
}

TEST_CASE("amounts in words (terbilang)", "[format]") {
  CHECK(spell_out(1250) == "seribu dua ratus lima puluh");
  CHECK(spell_out(45072130355) ==
        "empat puluh lima miliar tujuh puluh dua juta seratus tiga puluh ribu tiga ratus lima puluh lima");
}

TEST_CASE("near misses are suggested, distant words are not", "[edit-distance]") {
  CHECK(edit_distance("kegiatn", "kegiatan") == 1);
  CHECK(closest_match("kegiatn", {"subkegiatan", "kegiatan", "indikator"}) == "kegiatan");
  CHECK(closest_match("anggran", {"nomor", "nama", "anggaran"}) == "anggaran");
  CHECK_FALSE(closest_match("lampiran", {"nomor", "nama", "anggaran"}));
  CHECK_FALSE(closest_match("ab", {"b"}));  // one edit of a two-letter word is no typo
}

TEST_CASE("names are compared and read with white space folded", "[comparison-key]") {
  CHECK(naskah::text::comparison_key("  Latar \t Belakang\n") == "latar belakang");
  CHECK(naskah::text::fold_white_space("  Latar \t Belakang\r\nDaerah ") == "Latar Belakang Daerah");
  CHECK(naskah::text::fold_white_space(" \n ").empty());
}

TEST_CASE("Roman numerals for chapters and front-matter pages", "[format]") {
  CHECK(roman_numeral(1, true) == "I");
  CHECK(roman_numeral(3, true) == "III");
  CHECK(roman_numeral(4, false) == "iv");
  CHECK(roman_numeral(14, false) == "xiv");
  CHECK(roman_numeral(1999, true) == "MCMXCIX");
}

TEST_CASE("Roman numerals from ICU's two rule sets are those of its whole numbering-system format", "[format]") {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat whole(icu::URBNF_NUMBERING_SYSTEM, icu::Locale::getRoot(), status);
  REQUIRE(U_SUCCESS(status));
  for (int n = 1; n <= 3999; ++n) {
    for (bool upper : {true, false}) {
      icu::UnicodeString expected;
      icu::FieldPosition position;
      whole.format(static_cast<int32_t>(n), icu::UnicodeString(upper ? "%roman-upper" : "%roman-lower"), expected,
                   position, status);
      std::string utf8;
      expected.toUTF8String(utf8);
      if (roman_numeral(n, upper) != utf8) FAIL(n << (upper ? " upper: " : " lower: ") << roman_numeral(n, upper));
    }
  }
  CHECK(U_SUCCESS(status));
  CHECK(roman_numeral(2026, true) == "MMXXVI");
}
