#include "naskah/text/line_breaks.hpp"
#include "naskah/text/translate.hpp"
#include "text_memo.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

namespace naskah::text {
namespace {

/// Creates one of ICU's break iterators for Indonesian, or throws.
using IteratorFactory = icu::BreakIterator* (*)(const icu::Locale&, UErrorCode&);
std::unique_ptr<icu::BreakIterator> create_iterator(IteratorFactory factory) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> created(factory(icu::Locale("id"), status));
  if (U_FAILURE(status) || !created) {
    throw std::runtime_error(tr("cannot create ICU break iterator for locale id: {}", u_errorName(status)));
  }
  return created;
}

/// The calling thread's iterators. Creating one loads and compiles ICU's rule data (about a millisecond) while
/// setText on an existing one is cheap, so each thread keeps one of each for its lifetime. An iterator is not safe
/// to share between threads, hence thread_local rather than a global behind a mutex.
icu::BreakIterator& line_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = create_iterator(&icu::BreakIterator::createLineInstance);
  return *iterator;
}
icu::BreakIterator& character_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator =
      create_iterator(&icu::BreakIterator::createCharacterInstance);
  return *iterator;
}

/// Closes a UText on scope exit.
struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

// ICU normally works on UTF-16, and its indices would then have to be mapped back to UTF-8 byte offsets. Instead the
// iterator reads the UTF-8 bytes in place through a UText (utext_openUTF8): a UText's "native" indices are those of
// its underlying storage, here byte offsets, and a BreakIterator set to a UText reports native indices. So every
// boundary is already the byte offset of the first byte of a code point (é, –, “”, emoji alike), with no copy and
// no conversion table. (ICU pins native indices to code point starts; an ill-formed sequence is one U+FFFD.)
/// Calls each(offset) for every boundary the iterator finds inside utf8 (neither 0 nor the end), in order.
template <class Each>
void each_boundary(icu::BreakIterator& iterator, std::string_view utf8, Each each) {
  if (utf8.empty()) return;
  // BreakIterator positions are int32_t.
  if (utf8.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    throw std::length_error("break iterator: text longer than 2 GiB");
  }
  UErrorCode status = U_ZERO_ERROR;
  // utext_openUTF8 does not copy: the UText (and the iterator's shallow clone of it) refers to utf8's bytes, which
  // outlive this call's use of them. The iterator keeps that stale reference until the next call resets its text;
  // it never reads it in between.
  std::unique_ptr<UText, UTextCloser> text(
      utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status));
  if (U_FAILURE(status)) {
    throw std::runtime_error(tr("cannot open UTF-8 text for ICU: {}", u_errorName(status)));
  }
  iterator.setText(text.get(), status);  // resets the iterator to the start of the new text
  if (U_FAILURE(status)) {
    throw std::runtime_error(tr("cannot set ICU break iterator text: {}", u_errorName(status)));
  }
  // first() is the start of the text (0); each next() is the following boundary, the last one being the end.
  iterator.first();
  for (std::int32_t boundary = iterator.next(); boundary != icu::BreakIterator::DONE; boundary = iterator.next()) {
    const auto offset = static_cast<std::size_t>(boundary);
    if (offset >= utf8.size()) break;  // the end of the text is always a boundary and is not listed
    each(offset);
  }
}

}  // namespace

namespace {

std::vector<LineBreakOpportunity> find_line_breaks(std::string_view utf8) {
  std::vector<LineBreakOpportunity> result;
  icu::BreakIterator& iterator = line_iterator();
  each_boundary(iterator, utf8, [&](std::size_t offset) {
    // The rule status of a boundary says which rule produced it: [UBRK_LINE_HARD, UBRK_LINE_HARD_LIMIT) for a
    // mandatory break (after a hard line break character), [UBRK_LINE_SOFT, …) for an opportunity.
    const std::int32_t rule = iterator.getRuleStatus();
    result.push_back({offset, rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT});
  });
  return result;
}

}  // namespace

std::shared_ptr<const std::vector<LineBreakOpportunity>> shared_line_break_opportunities(std::string_view utf8) {
  thread_local detail::TextMemo<std::vector<LineBreakOpportunity>> remembered(detail::memo_bound);
  return remembered.get(utf8, find_line_breaks);
}

std::vector<LineBreakOpportunity> line_break_opportunities(std::string_view utf8) {
  return *shared_line_break_opportunities(utf8);
}

std::vector<std::size_t> grapheme_boundaries(std::string_view utf8) {
  std::vector<std::size_t> result;
  each_boundary(character_iterator(), utf8, [&](std::size_t offset) { result.push_back(offset); });
  return result;
}

std::size_t character_cut(std::string_view utf8, std::size_t max_bytes) {
  if (utf8.size() <= max_bytes) return utf8.size();
  // Only the text up to one character past the limit matters; a character is a few bytes, a cluster rarely more
  // than a few dozen.
  const std::string_view considered = utf8.substr(0, std::min(utf8.size(), max_bytes + 64));
  std::size_t cut = 0;
  for (std::size_t boundary : grapheme_boundaries(considered)) {
    if (boundary > max_bytes) break;
    cut = boundary;
  }
  return cut;
}

}  // namespace naskah::text
