#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "naskah/text/ties.hpp"

using naskah::text::tied_spaces;
using Offsets = std::vector<std::size_t>;

TEST_CASE("Rp is tied to its amount", "[ties]") {
  CHECK(tied_spaces("anggaran Rp 77.474.955.000 untuk") == Offsets{11, 26});
  CHECK(tied_spaces("sebesar Rp. 1.000") == Offsets{11});
  CHECK(tied_spaces("(Rp 1.000)") == Offsets{3});
  // Not before a word, and not a word that merely ends in "Rp".
  CHECK(tied_spaces("Rp dan") == Offsets{});
  CHECK(tied_spaces("ARp 100") == Offsets{});
}

TEST_CASE("a number is tied to what follows it, unless it ends a clause", "[ties]") {
  CHECK(tied_spaces("target 42 Kelompok") == Offsets{9});
  CHECK(tied_spaces("96,86% dari") == Offsets{6});
  CHECK(tied_spaces("NIP. 19760316 200803 1 001") == (Offsets{13, 20, 22}));
  CHECK(tied_spaces("tahun 2023. Dalam") == Offsets{});
  CHECK(tied_spaces("2024, dan") == Offsets{});
  // Not to a bracket or a dash: "(lanjutan)" after a program's number is no unit.
  CHECK(tied_spaces("Program 3.4 (lanjutan)") == Offsets{});
  CHECK(tied_spaces("2021 - 2026") == Offsets{});
  CHECK(tied_spaces("100 %") == Offsets{3});
  // The space before a number is free: "Tahun" may end a line.
  CHECK(tied_spaces("Tahun 2024") == Offsets{});
}

TEST_CASE("a figure keeps the mark of its note", "[ties]") {
  // "Rp 17.903.779.061 *);": the mark stays with the figure it explains, the figure with its Rp.
  CHECK(tied_spaces("anggaran Rp 17.903.779.061 *); dan") == (Offsets{11, 26}));
  CHECK(tied_spaces("1.000 **)") == Offsets{5});
  CHECK(tied_spaces("1.000 *4)") == Offsets{5});
  // A star that is no note's mark, and a mark after a word, are free.
  CHECK(tied_spaces("1.000 * 2") == Offsets{});
  CHECK(tied_spaces("1.000 *a)") == Offsets{});
  CHECK(tied_spaces("Tercapai *)") == Offsets{});
}

TEST_CASE("a date stays on one line", "[ties]") {
  CHECK(tied_spaces("Malili, 02 Januari 2024") == (Offsets{10, 18}));
  CHECK(tied_spaces("bulan Januari saja") == Offsets{});
  CHECK(tied_spaces("31 desember 2024") == (Offsets{2, 11}));
}

TEST_CASE("runs of spaces are tied whole, line ends are not spaces", "[ties]") {
  CHECK(tied_spaces("Rp  1.000") == (Offsets{2, 3}));
  CHECK(tied_spaces("42 \nKelompok") == Offsets{});
  CHECK(tied_spaces("42 ") == Offsets{});
  CHECK(tied_spaces("") == Offsets{});
}
