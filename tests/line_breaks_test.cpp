#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "naskah/text/line_breaks.hpp"

using naskah::text::line_break_opportunities;
using naskah::text::LineBreakOpportunity;
using naskah::text::grapheme_boundaries;

namespace {

/// The offsets only.
std::vector<std::size_t> offsets(std::string_view text) {
  std::vector<std::size_t> result;
  for (const LineBreakOpportunity& opportunity : line_break_opportunities(text)) {
    result.push_back(opportunity.offset);
  }
  return result;
}

using Offsets = std::vector<std::size_t>;

}  // namespace

TEST_CASE("a line may start after spaces, never inside a word", "[linebreak]") {
  CHECK(offsets("a b") == Offsets{2});
  CHECK(offsets("a  b") == Offsets{3});  // after the whole run of spaces
  CHECK(offsets("Rencana Kinerja Tahunan") == Offsets{8, 16});
  CHECK(offsets("pertanggungjawaban").empty());
  CHECK(offsets("Sekretariat").empty());
  CHECK(offsets("").empty());
  CHECK(offsets(" ").empty());  // the end of the text is never listed
  for (const LineBreakOpportunity& opportunity : line_break_opportunities("Rencana Kinerja Tahunan")) {
    CHECK_FALSE(opportunity.mandatory);
  }
}

TEST_CASE("after a hyphen between letters, not before digits", "[linebreak]") {
  CHECK(offsets("masing-masing") == Offsets{7});
  CHECK(offsets("Undang-Undang Nomor 23") == Offsets{7, 14, 20});
  CHECK(offsets("Rata-Rata") == Offsets{5});
  CHECK(offsets("COVID-19").empty());
  CHECK(offsets("2023-2024").empty());
}

TEST_CASE("after a slash between words, not between digits", "[linebreak]") {
  CHECK(offsets("Kabupaten/Kota") == Offsets{10});
  CHECK(offsets("dan/atau") == Offsets{4});
  CHECK(offsets("Program/Kegiatan/Sub Kegiatan") == Offsets{8, 17, 21});
  CHECK(offsets("Kabupaten / Kota") == Offsets{12});  // not before the slash
  CHECK(offsets("tanggal 02/01/2024") == Offsets{8});
  CHECK(offsets("1/2").empty());
}

TEST_CASE("parentheses, numbers and amounts hold together", "[linebreak]") {
  CHECK(offsets("Terpenuhi (%)") == Offsets{10});  // before "(", after the space
  CHECK(offsets("Terpenuhi(%)").empty());
  CHECK(offsets("(Terpenuhi)").empty());
  CHECK(offsets("28.584.558.694").empty());
  CHECK(offsets("96,86%").empty());
  CHECK(offsets("Rp.1.000").empty());
  CHECK(offsets("Rp 1.000") == Offsets{3});
  CHECK(offsets("S.Pi, M.Si") == Offsets{6});
}

TEST_CASE("dashes and the soft hyphen", "[linebreak]") {
  CHECK(offsets("2023\u20132024") == Offsets{7});  // after the 3-byte en dash
  CHECK(offsets("a\u2014b") == Offsets{1, 4});     // before and after an em dash
  CHECK(offsets("per\u00ADtang") == Offsets{5});   // after the 2-byte soft hyphen
}

TEST_CASE("offsets are UTF-8 byte offsets, also after multibyte characters", "[linebreak]") {
  // "kafé " 6 bytes | "‘kata’ " 11 | "“kutip” " 12 | "– " 4 | "😀 " 5 | "emoji"
  const std::string text = "kaf\u00E9 \u2018kata\u2019 \u201Ckutip\u201D \u2013 \U0001F600 emoji";
  CHECK(offsets(text) == Offsets{6, 17, 29, 33, 38});
  CHECK(text.substr(6, 3) == "\u2018");
  CHECK(text.substr(17, 3) == "\u201C");
  CHECK(text.substr(29, 3) == "\u2013");
  CHECK(text.substr(33, 4) == "\U0001F600");
  CHECK(text.substr(38) == "emoji");
  CHECK(offsets("\u00E9\u00E9 \u00E9\u00E9") == Offsets{5});
}

TEST_CASE("a hard line break is mandatory", "[linebreak]") {
  CHECK(line_break_opportunities("baris\nbaru") == std::vector<LineBreakOpportunity>{{6, true}});
  CHECK(line_break_opportunities("a\r\nb") == std::vector<LineBreakOpportunity>{{3, true}});  // after CR LF, not between
  CHECK(line_break_opportunities("a\u2028b") == std::vector<LineBreakOpportunity>{{4, true}});
  CHECK(line_break_opportunities("a\u2029b") == std::vector<LineBreakOpportunity>{{4, true}});
  CHECK(line_break_opportunities("a\fb") == std::vector<LineBreakOpportunity>{{2, true}});
  CHECK(line_break_opportunities("a-\nb") == std::vector<LineBreakOpportunity>{{3, true}});
  CHECK(line_break_opportunities("satu dua\ntiga empat") ==
        std::vector<LineBreakOpportunity>{{5, false}, {9, true}, {14, false}});
  CHECK(line_break_opportunities("akhir\n").empty());  // the end of the text is not listed
}

TEST_CASE("ill-formed UTF-8 does not derail the offsets", "[linebreak]") {
  CHECK(offsets("x\xFF\xFE y") == Offsets{4});
  CHECK(offsets("\xE2\x80 a") == Offsets{3});  // a truncated sequence
}

TEST_CASE("long text and several threads", "[linebreak]") {
  CHECK(offsets(std::string(10000, 'a')).empty());

  std::string words;
  Offsets expected;
  for (int i = 0; i < 500; ++i) {
    words += "kata ";
    expected.push_back(words.size());
  }
  expected.pop_back();  // the end
  CHECK(offsets(words) == expected);

  // Each thread has its own iterator: concurrent calls give the same answers as serial ones.
  std::vector<std::thread> threads;
  std::vector<int> correct(4, 0);
  for (std::size_t t = 0; t < correct.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        correct[t] += offsets(words) == expected && offsets("Kabupaten/Kota") == Offsets{10} ? 1 : 0;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(correct == std::vector<int>(4, 50));
}

TEST_CASE("grapheme boundaries keep a letter with its accents and a character's bytes together", "[linebreak]") {
  using Offsets = std::vector<std::size_t>;
  CHECK(grapheme_boundaries("") == Offsets{});
  CHECK(grapheme_boundaries("abc") == (Offsets{1, 2}));
  // "é" precomposed (2 bytes), then "e" + U+0301 COMBINING ACUTE (1 + 2 bytes): one character each.
  CHECK(grapheme_boundaries("\xC3\xA9" "e\xCC\x81" "x") == (Offsets{2, 5}));
  // An emoji of four bytes and the flag of Indonesia (two regional indicators of four bytes each) stay whole.
  CHECK(grapheme_boundaries("a\xF0\x9F\x98\x80\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9" "b") == (Offsets{1, 5, 13}));
}

TEST_CASE("a text is cut for a message between characters, never inside one", "[linebreak]") {
  using naskah::text::character_cut;
  CHECK(character_cut("Rencana", 10) == 7);
  CHECK(character_cut("Rencana", 3) == 3);
  // "e" + U+0301 at bytes 3..5: a cut at 4 or 5 would tear the accent from its letter (or a character's bytes apart).
  CHECK(character_cut("abce\xCC\x81x", 4) == 3);
  CHECK(character_cut("abce\xCC\x81x", 5) == 3);
  CHECK(character_cut("abce\xCC\x81x", 6) == 6);
  // The flag of Indonesia is one character of eight bytes.
  CHECK(character_cut("\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9", 7) == 0);
}
