// A page sequence paginated on a thread of its own beside those before it (layout_document with a core to spare):
// which one is chosen, and that the pages, their order and the problems reported are those of one thread.
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "../src/layout/pages_from_thread.hpp"
#include "../src/layout/sequence_ahead.hpp"
#include "layout_fixture.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/layout/page_dump.hpp"

using namespace naskah;
using layout::detail::sequence_to_paginate_ahead;

namespace {

/// Every page as it arrives: its sequence, index and dump; can be told to fail at the n-th page.
struct RecordingSink final : layout::PageSink {
  std::vector<std::string> arrivals;
  int fail_at = -1;
  void add_page(std::size_t sequence, std::size_t index, layout::Page page) override {
    if (static_cast<int>(arrivals.size()) == fail_at) throw std::runtime_error("cannot draw");
    arrivals.push_back(std::to_string(sequence) + "/" + std::to_string(index) + "\n" +
                       layout::dump_page(page, arrivals.size() + 1));
  }
};

/// A paragraph of `lines` lines whose first word is too wide for any line (an overfull run), from line `line` of
/// source file 1.
compose::Paragraph overfull_paragraph(int lines, std::uint32_t line) {
  compose::Paragraph p = test::paragraph_of_lines(lines);
  compose::Span wide = test::span(std::string(60, 'w') + std::to_string(line) + " ");
  wide.origin = compose::TextOrigin{1, line, 1};
  p.spans.insert(p.spans.begin(), wide);
  return p;
}

/// A cover, a body and a long annex numbered on from the body: the annex is worth paginating ahead.
compose::Document body_and_annex() {
  compose::Document doc;
  doc.source_files = {"rencana.xml"};
  compose::PageSequence cover;
  cover.page = test::small_page(10);
  cover.numbering = compose::PageNumbering::none;
  cover.blocks.push_back(test::paragraph_of_lines(3));
  compose::PageSequence body;
  body.page = test::small_page(10);
  for (std::uint32_t i = 0; i < 6; ++i) body.blocks.push_back(overfull_paragraph(40, 10 + i));
  compose::PageSequence annex;
  annex.page = test::small_page(12);
  annex.restart_numbering = false;
  for (std::uint32_t i = 0; i < 6; ++i) annex.blocks.push_back(overfull_paragraph(45, 100 + i));
  annex.blocks.push_back(overfull_paragraph(1, 10));  // the body's first overfull text again, from the same place
  doc.sequences = {cover, body, annex};
  return doc;
}

std::vector<std::string> messages(const std::vector<diag::Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const diag::Diagnostic& d : diagnostics) {
    out.push_back(d.where.file + ":" + std::to_string(d.where.line) + ": " + d.message);
  }
  return out;
}

}  // namespace

TEST_CASE("the sequence paginated ahead is the one that runs longest beside those before it", "[layout][ahead]") {
  // The sample's: the cover, the front matter (which waits on the contents), the body and the annex.
  CHECK(sequence_to_paginate_ahead({300, 2000, 16600, 17000}, {true, false, true, true}, 8192) == 3u);
  // The body against the cover and front matter would save little: the annex against all three saves most.
  CHECK(sequence_to_paginate_ahead({300, 9000, 9000, 20000}, {true, true, true, true}, 8192) == 3u);
  // A short annex after a long body: it runs beside the body only as long as it is itself.
  CHECK(sequence_to_paginate_ahead({300, 40000, 9000}, {true, true, true}, 8192) == 2u);
  // A long body after the front matter: beside it there would be only the cover and front matter.
  CHECK(sequence_to_paginate_ahead({300, 2000, 40000}, {true, true, true}, 8192) == std::nullopt);
  // A sequence that waits on the contents is never chosen, and nothing is without a sequence before it.
  CHECK(sequence_to_paginate_ahead({20000, 20000}, {true, false}, 8192) == std::nullopt);
  CHECK(sequence_to_paginate_ahead({20000}, {true}, 8192) == std::nullopt);
}

TEST_CASE("paginated ahead, a document's pages, their order and its overfull runs are those of one thread",
          "[layout][ahead]") {
  const compose::Document doc = body_and_annex();
  std::vector<std::size_t> weights;
  for (const auto& sequence : doc.sequences) weights.push_back(layout::detail::layout_weight(sequence));
  REQUIRE(sequence_to_paginate_ahead(weights, {true, true, true}, 8192) == 2u);  // the annex goes ahead

  RecordingSink alone, ahead;
  const layout::LayoutSummary one_thread = layout::layout_document(doc, test::fixed_metrics, nullptr, alone, false);
  const layout::LayoutSummary two_threads = layout::layout_document(doc, test::fixed_metrics, nullptr, ahead, true);
  REQUIRE(alone.arrivals.size() > 40);
  CHECK(ahead.arrivals == alone.arrivals);
  // Every overfull run once, the body's first, the annex's repetition of the body's text not again.
  const std::vector<std::string> reported = messages(one_thread.diagnostics);
  CHECK(reported.size() == 12);
  CHECK(messages(two_threads.diagnostics) == reported);
  CHECK(two_threads.outline.size() == one_thread.outline.size());
}

TEST_CASE("a drawing that fails while a sequence is paginated ahead stops it, and the failure comes out",
          "[layout][ahead]") {
  const compose::Document doc = body_and_annex();
  for (int fail_at : {0, 3, 30}) {
    RecordingSink failing;
    failing.fail_at = fail_at;
    CHECK_THROWS_WITH(layout::layout_document(doc, test::fixed_metrics, nullptr, failing, true), "cannot draw");
    CHECK(failing.arrivals.size() == static_cast<std::size_t>(fail_at));
  }
}

TEST_CASE("pages made on a thread and never taken stop their making", "[layout][ahead]") {
  std::atomic<int> made{0};
  {
    layout::detail::PagesFromThread pages(
        [&](layout::PageSink& sink) {
          for (std::size_t i = 0; i < 100000; ++i) {
            sink.add_page(0, i, layout::Page{});
            ++made;
          }
        },
        4);
  }  // not taken: no longer wanted
  CHECK(made.load() <= 4);
}
