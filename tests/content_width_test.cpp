// What a cell's text asks of its column (src/layout/content_width): measured with the fixed-width fake font (every
// character 5 pt at 10 pt) and libhyphen's Indonesian patterns.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fake_metrics.hpp"
#include "table_fixture.hpp"
#include "naskah/layout/content_width.hpp"
#include "naskah/text/hyphenator.hpp"

using namespace naskah;

namespace {

const test::FixedWidthMetrics metrics;

std::vector<compose::Span> spans_of(const std::string& text, bool code = false) {
  compose::Span s = test::span(text);
  s.code = code;
  return {s};
}

}  // namespace

TEST_CASE("a cell's min-content is the widest piece once hyphenated, a kode's its widest group", "[table][columns]") {
  auto hyphenator = text::Hyphenator::indonesian();
  // "Pemerintahan" 60 pt whole; hyphenated, its widest piece with the hyphen is narrower.
  const layout::ContentWidths name = layout::measure_content(spans_of("Bagian Pemerintahan Umum"), metrics,
                                                             hyphenator.get());
  CHECK(name.min_unhyphenated == Approx(60));
  CHECK(name.min < 40);
  CHECK(name.min == name.min_codes_whole);
  CHECK(name.max() == Approx(120));
  // A kode is whole in min_codes_whole and in groups in min; it is not hyphenated.
  const layout::ContentWidths kode = layout::measure_content(spans_of("1.02.02.2.01", true), metrics,
                                                             hyphenator.get());
  CHECK(kode.min_codes_whole == Approx(60));
  CHECK(kode.min == Approx(15));  // "02." is the widest group with its dot
}

TEST_CASE("above a floor, a cell's min-content is the same measured against any floor", "[table][columns]") {
  // A column measures each cell against the widest it needs so far and skips, hyphenates and measures only what is
  // wider than that: whatever the floor, what the cell asks above it must not change, nor what the estimate reads.
  auto hyphenator = text::Hyphenator::indonesian();
  const std::vector<std::pair<std::string, bool>> cells = {
      {"Persentase dokumen perencanaan dan penganggaran yang disusun tepat waktu", false},
      {"Terselenggaranya pengelolaan keuangan sekretariat DPRD yang akuntabel", false},
      {"Rp 1.250.000.000 untuk pemeliharaan", false},
      {"Kesekretariatan", false},
      {"1.02.02.2.01.0001 Penyediaan administrasi perkantoran", true},
  };
  for (const auto& [text, code] : cells) {
    const std::vector<compose::Span> spans = spans_of(text, code);
    const layout::ContentWidths whole = layout::measure_content(spans, metrics, hyphenator.get(), 0, true);
    for (double floor : {0.0, 5.0, 12.5, 20.0, 30.0, 44.9, 45.0, 60.0, 90.0}) {
      INFO(text << " against " << floor);
      const layout::ContentWidths above = layout::measure_content(spans, metrics, hyphenator.get(), floor, true);
      CHECK(std::max(floor, above.min) == Approx(std::max(floor, whole.min)));
      CHECK(std::max(floor, above.min_codes_whole) == Approx(std::max(floor, whole.min_codes_whole)));
      CHECK(above.min_unhyphenated == whole.min_unhyphenated);
      CHECK(above.lines == whole.lines);
      CHECK(above.words == whole.words);
    }
  }
}
