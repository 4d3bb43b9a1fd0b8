// The per-thread memo behind the text functions layout asks the same of again and again.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "../src/text/text_memo.hpp"

using naskah::text::detail::TextMemo;

namespace {

/// A function of a text that counts how often it is computed.
struct Counted {
  int* calls;
  std::size_t operator()(std::string_view text) const {
    ++*calls;
    return text.size() * 10;
  }
};

}  // namespace

TEST_CASE("a memo computes once per text and gives what it computed", "[text-memo]") {
  TextMemo<std::size_t> memo(1 << 20);
  int calls = 0;
  CHECK(*memo.get("Jumlah", Counted{&calls}) == 60);
  CHECK(*memo.get("Laporan", Counted{&calls}) == 70);
  CHECK(*memo.get(std::string("Jumlah"), Counted{&calls}) == 60);
  CHECK(calls == 2);
  CHECK(*memo.get("Jumlah ", Counted{&calls}) == 70);  // another text, however alike
  CHECK(calls == 3);
  memo.clear();
  CHECK(*memo.get("Jumlah", Counted{&calls}) == 60);
  CHECK(calls == 4);
}

TEST_CASE("a memo past its bound starts again, and still answers right", "[text-memo]") {
  // Room for two entries of a short text (each counts its text and 128 bytes).
  TextMemo<std::size_t> memo(300);
  int calls = 0;
  memo.get("a", Counted{&calls});
  memo.get("b", Counted{&calls});
  CHECK(calls == 2);
  memo.get("a", Counted{&calls});
  CHECK(calls == 2);
  CHECK(*memo.get("c", Counted{&calls}) == 10);  // past the bound: emptied, then c kept
  CHECK(calls == 3);
  CHECK(*memo.get("a", Counted{&calls}) == 10);
  CHECK(calls == 4);
  CHECK(*memo.get("c", Counted{&calls}) == 10);
  CHECK(calls == 4);
}
