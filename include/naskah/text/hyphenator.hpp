#pragma once
/// Indonesian hyphenation by TeX-style patterns (libhyphen, the hyphenator of LibreOffice), for words that do not
/// fit a narrow table column. Line breaking proper (spaces, hyphens, "/") is line_breaks.hpp's; this only splits
/// runs of letters.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::text {

/// Where a hyphenator may split a run of letters.
struct HyphenationLimits {
  std::size_t min_before = 2;   ///< letters that must precede a break within the run (Indonesian convention)
  std::size_t min_after = 3;    ///< letters that must follow it within the run
  std::size_t max_letters = 100;  ///< runs longer than this are not hyphenated at all (junk, not words)
};

/// A loaded hyphenation dictionary. Immutable once loaded: one instance may be shared by any number of threads.
class Hyphenator {
 public:
  /// Debian's Indonesian patterns (package hyphen-id).
  static constexpr const char* kIndonesianPath = "/usr/share/hyphen/hyph_id_ID.dic";

  /// Loads a libhyphen .dic file (first line: its charset, "ISO8859-1" or "UTF-8"; then patterns).
  /// Throws std::runtime_error naming the path if it cannot be read.
  static std::shared_ptr<const Hyphenator> load(const std::string& dic_path);

  /// The Indonesian dictionary of kIndonesianPath as naskah was built with it (compiled into the program, so
  /// nothing is read at run time), made on first use and shared afterwards. Thread-safe.
  static std::shared_ptr<const Hyphenator> indonesian();

  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  /// UTF-8 byte offsets inside word, in increasing order, where the word may be split by inserting a hyphen
  /// (the first part then ends just before the offset). Only maximal runs of letters (Unicode alphabetic characters,
  /// with any combining marks) are hyphenated, each on its own and case-insensitively: a break is never next to a
  /// digit, punctuation, a hyphen or the end of the word, and has at least limits.min_before letters of its run
  /// before it and limits.min_after after it. Existing hyphens and slashes are line break opportunities already
  /// (line_breaks.hpp), not reported here. A run with a letter the dictionary's charset cannot encode (for
  /// Debian's Latin-1 Indonesian file: anything beyond U+00FF) or longer than limits.max_letters is left whole.
  /// With the Indonesian patterns: "pertanggungjawaban" → per|tang|gung|ja|wab|an minus the last point
  /// (fewer than 3 letters after it), i.e. offsets {3, 7, 11, 13}. Each thread remembers the words it has
  /// hyphenated (text_memo.hpp): a plan uses the same few hundred words again and again.
  std::vector<std::size_t> hyphenation_points(std::string_view word, const HyphenationLimits& limits = {}) const;
  /// The same, as the thread remembers it (no copy).
  std::shared_ptr<const std::vector<std::size_t>> shared_hyphenation_points(std::string_view word,
                                                                           const HyphenationLimits& limits = {}) const;

 private:
  struct Dictionary;
  explicit Hyphenator(std::unique_ptr<Dictionary> dictionary);
  [[nodiscard]] std::vector<std::size_t> find_points(std::string_view word, const HyphenationLimits& limits) const;

  std::unique_ptr<Dictionary> dictionary_;
  /// Which hyphenator a thread's remembered words are of: unique in the process, never reused as an address is.
  std::uint64_t identity_;
};

}  // namespace naskah::text
