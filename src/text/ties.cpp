#include "naskah/text/ties.hpp"
#include "text_memo.hpp"

#include <array>
#include <cctype>

namespace naskah::text {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' '; }

/// The word (a run of non-spaces) that ends at `end`, exclusive.
std::string_view word_before(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && !is_space(text[start - 1]) && text[start - 1] != '\n') --start;
  return text.substr(start, end - start);
}

/// The word that starts at `start`.
std::string_view word_after(std::string_view text, std::size_t start) {
  std::size_t end = start;
  while (end < text.size() && !is_space(text[end]) && text[end] != '\n') ++end;
  return text.substr(start, end - start);
}

/// A figure a following word belongs to: digits, grouped by "." or "," or ended by "%", and not ending in a
/// punctuation mark (which would close a sentence or a clause).
bool is_number(std::string_view word) {
  if (word.empty() || !is_digit(word.front())) return false;
  for (char c : word) {
    if (!is_digit(c) && c != '.' && c != ',' && c != '%') return false;
  }
  return word.back() != '.' && word.back() != ',';
}

/// Whether the word begins with a letter: ASCII, or any character of more than one byte (é, and letters of other
/// scripts; the punctuation of an Indonesian text that is not ASCII — dashes, quotes — does not start a unit).
bool starts_with_letter(std::string_view word) {
  const auto first = static_cast<unsigned char>(word.front());
  if (first >= 0x80) return word.rfind("\u2013", 0) != 0 && word.rfind("\u2014", 0) != 0 &&
                            word.rfind("\u201C", 0) != 0 && word.rfind("\u2018", 0) != 0;
  return std::isalpha(first) != 0;
}

/// A note's mark after a figure: "*)", "**)", "*4)", perhaps ending a clause ("*);").
bool is_note_mark(std::string_view word) {
  std::size_t i = 0;
  while (i < word.size() && word[i] == '*') ++i;
  if (i == 0) return false;
  while (i < word.size() && is_digit(word[i])) ++i;
  return i < word.size() && word[i] == ')';
}

bool is_rupiah_sign(std::string_view word) {
  // After an opening bracket or quote too: "(Rp 1.000)".
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '[')) word.remove_prefix(1);
  return word == "Rp" || word == "Rp.";
}

bool is_month(std::string_view word) {
  static constexpr std::array<std::string_view, 12> months = {"Januari", "Februari", "Maret",     "April",
                                                              "Mei",     "Juni",     "Juli",      "Agustus",
                                                              "September", "Oktober", "November", "Desember"};
  for (std::string_view month : months) {
    if (word.size() != month.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < word.size() && same; ++i) {
      same = std::tolower(static_cast<unsigned char>(word[i])) == std::tolower(static_cast<unsigned char>(month[i]));
    }
    if (same) return true;
  }
  return false;
}

/// Whether a line may not end in the run of spaces [from, to): what stands before it belongs with what follows.
bool ties(std::string_view text, std::size_t from, std::size_t to) {
  if (from == 0 || to >= text.size() || text[to] == '\n') return false;
  const std::string_view before = word_before(text, from);
  const std::string_view after = word_after(text, to);
  if (before.empty() || after.empty()) return false;
  if (is_rupiah_sign(before)) return is_digit(after.front());
  // A unit, a counted noun or the next group of digits; not a bracket or a dash ("3.4 (lanjutan)", "2021 - 2026").
  if (is_number(before)) {
    return is_digit(after.front()) || after.front() == '%' || starts_with_letter(after) || is_note_mark(after);
  }
  if (is_month(before)) return is_digit(after.front());
  return false;
}

std::vector<std::size_t> find_tied_spaces(std::string_view utf8) {
  std::vector<std::size_t> out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    if (!is_space(utf8[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < utf8.size() && is_space(utf8[end])) ++end;
    if (ties(utf8, i, end)) {
      for (std::size_t k = i; k < end; ++k) out.push_back(k);
    }
    i = end;
  }
  return out;
}

}  // namespace

std::shared_ptr<const std::vector<std::size_t>> shared_tied_spaces(std::string_view utf8) {
  thread_local detail::TextMemo<std::vector<std::size_t>> remembered(detail::memo_bound);
  return remembered.get(utf8, find_tied_spaces);
}

std::vector<std::size_t> tied_spaces(std::string_view utf8) { return *shared_tied_spaces(utf8); }

}  // namespace naskah::text
