#include "naskah/text/hyphenator.hpp"
#include "naskah/text/translate.hpp"
#include "compiled_hyphenation.hpp"
#include "text_memo.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string_view>

#include <hyphen.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

// About libhyphen (Debian 12 ships 2.8.8), read from its source (hunspell/hyphen, tag v2.8.8, hyphen.c):
//
// - Thread safety. hnj_hyphen_hyphenate2 only reads the HyphenDict (its state machine, nohyphen list and nextlevel
//   link); everything it writes is either the caller's buffers or heap memory it allocates per call (prep_word,
//   matchlen, …). The library has no static or global mutable state: the one global, a debugging hash table, exists
//   only when compiled with VERBOSE, which Debian's build is not (its .data/.bss hold only the 8-byte C runtime
//   entries). So concurrent calls on one shared dictionary are safe, and a loaded dictionary is immutable until
//   hnj_hyphen_free. Loading is reentrant too; indonesian() still loads once, through a function-local static.
// - Limits. MAX_CHARS (100) bounds the length of a pattern line when loading; MAX_WORD (256) is defined but unused by
//   hyphenate2, whose buffers are all allocated from word_size. So long words are not a memory-safety problem, but
//   the work grows with their length, and a 10,000-letter "word" is junk anyway: runs longer than
//   HyphenationLimits::max_letters are skipped before libhyphen sees them.
// - Buffers. `hyphens` must hold word_size + 5 bytes. The word must be NUL-terminated even though its size is
//   passed: the NOHYPHEN step (the default first level forbids breaks next to ' and -) searches it with strstr.
// - Output. hyphens[i] odd ⇒ a break may follow character i. With a UTF-8 dictionary the vector is re-indexed by
//   character (hnj_hyphen_norm); with a single-byte one bytes are characters. A non-standard break (pattern with a
//   replacement, e.g. German Schiff-fahrt) is reported in rep[i]; it changes letters, which an offset cannot say, so
//   such breaks are ignored. The Indonesian patterns have none.
// - Leak. Loading leaks a few bytes per duplicated pattern (2.8.8 overwrites the old match string without freeing it;
//   fixed upstream in 2.8.9). Debian's Indonesian file has two (ahami and kava twice: 10 bytes in 2 blocks), and
//   naskah's builds never load the file (indonesian() is compiled in; compiled_hyphenation.hpp); the sanitized
//   build suppresses exactly this for the tests that do (tests/sanitizers/lsan.supp).
// - Case. Patterns are lowercase; uppercase letters simply match nothing, so words are lowercased first.
// - Minimums. hyphenate2 applies the dictionary's LEFTHYPHENMIN/RIGHTHYPHENMIN, 2 and 2 when unset (Debian's
//   hyph_id_ID.dic sets none); HyphenationLimits are applied on top, so they can only be stricter.

namespace naskah::text {

/// How a letter run is encoded for the dictionary: its first line names its charset.
enum class Charset {
  utf8,    ///< "UTF-8"
  latin1,  ///< "ISO8859-1" (Debian's Indonesian file; its patterns are in fact all ASCII)
  ascii,   ///< any other single-byte charset: only ASCII letters are encoded the same in all of them
};

struct Hyphenator::Dictionary {
  HyphenDict* handle = nullptr;
  Charset charset = Charset::ascii;
  bool loaded_by_libhyphen = true;  ///< false for the compiled dictionary, which lives as long as the process

  explicit Dictionary(HyphenDict* loaded, bool by_libhyphen = true) : handle(loaded), loaded_by_libhyphen(by_libhyphen) {
    std::string_view name = loaded->cset;
    if (loaded->utf8 != 0) {
      charset = Charset::utf8;
    } else if (name == "ISO8859-1" || name == "ISO-8859-1") {
      charset = Charset::latin1;
    }
  }
  ~Dictionary() {
    if (loaded_by_libhyphen) hnj_hyphen_free(handle);
  }
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;
};

namespace {
std::atomic<std::uint64_t> hyphenators_made{0};
}  // namespace

Hyphenator::Hyphenator(std::unique_ptr<Dictionary> dictionary)
    : dictionary_(std::move(dictionary)), identity_(++hyphenators_made) {}
Hyphenator::~Hyphenator() = default;

std::shared_ptr<const Hyphenator> Hyphenator::load(const std::string& dic_path) {
  // Open the file ourselves (rather than hnj_hyphen_load) to report why it cannot be read.
  std::FILE* file = std::fopen(dic_path.c_str(), "r");
  if (file == nullptr) {
    throw std::runtime_error(tr("cannot read hyphenation dictionary {}: {}", dic_path, std::strerror(errno)));
  }
  HyphenDict* loaded = hnj_hyphen_load_file(file);
  std::fclose(file);
  if (loaded == nullptr) {
    throw std::runtime_error(tr("cannot load hyphenation dictionary {}", dic_path));
  }
  auto dictionary = std::make_unique<Dictionary>(loaded);
  // A readable file without a charset line (an empty file, a directory) loads as an empty dictionary.
  if (loaded->cset[0] == '\0') {
    throw std::runtime_error(tr("not a hyphenation dictionary (no charset line): {}", dic_path));
  }
  return std::shared_ptr<const Hyphenator>(new Hyphenator(std::move(dictionary)));
}

std::shared_ptr<const Hyphenator> Hyphenator::indonesian() {
  // Compiled from kIndonesianPath when naskah was built (compiled_hyphenation.hpp): nothing to read or parse.
  // libhyphen's hyphenate2 only reads a dictionary, so the constant one is handed to it as its own type.
  static const std::shared_ptr<const Hyphenator> instance(new Hyphenator(std::make_unique<Dictionary>(
      const_cast<HyphenDict*>(compiled_indonesian_dictionary()), /*by_libhyphen=*/false)));
  return instance;
}

namespace {

/// A maximal run of letters inside a word, as code points and the byte offset of each in the word.
struct LetterRun {
  std::vector<UChar32> characters;
  std::vector<std::size_t> offsets;
  bool too_long = false;  ///< longer than max_letters: only counted, not collected
  std::size_t length = 0;

  void clear() {
    characters.clear();
    offsets.clear();
    too_long = false;
    length = 0;
  }
};

/// Appends the lowercase form of run to encoded in the dictionary's charset; false if a letter cannot be encoded.
bool encode_lowercase(const LetterRun& run, Charset charset, std::string& encoded) {
  encoded.clear();
  for (UChar32 character : run.characters) {
    // Simple (1:1) case mapping keeps one character per letter, so positions map straight back.
    UChar32 lower = u_tolower(character);
    switch (charset) {
      case Charset::utf8: {
        char bytes[U8_MAX_LENGTH];
        std::int32_t length = 0;
        U8_APPEND_UNSAFE(bytes, length, lower);
        encoded.append(bytes, static_cast<std::size_t>(length));
        break;
      }
      case Charset::latin1:
        if (lower > 0xFF) return false;
        encoded.push_back(static_cast<char>(static_cast<unsigned char>(lower)));
        break;
      case Charset::ascii:
        if (lower > 0x7F) return false;
        encoded.push_back(static_cast<char>(lower));
        break;
    }
  }
  return true;
}

/// Hyphenates one letter run with libhyphen and appends the allowed points (byte offsets in the word) to points.
void hyphenate_run(HyphenDict* dictionary, Charset charset, const LetterRun& run, const HyphenationLimits& limits,
                   std::vector<std::size_t>& points) {
  const std::size_t letters = run.characters.size();
  // A break needs at least one letter on each side, and the limits' number.
  const std::size_t first = std::max<std::size_t>(limits.min_before, 1);  // letters before the first possible break
  const std::size_t after = std::max<std::size_t>(limits.min_after, 1);
  if (letters < first + after) {
    return;  // too short for any break: spare libhyphen the call
  }

  thread_local std::string encoded;  // the thread's, their memory kept from run to run
  thread_local std::vector<char> hyphens;
  if (!encode_lowercase(run, charset, encoded) || encoded.size() > INT_MAX / 2) {
    return;
  }
  hyphens.assign(encoded.size() + 5, '0');
  char** replacements = nullptr;
  int* positions = nullptr;
  int* cuts = nullptr;
  // std::string keeps a NUL after its last byte, which libhyphen's strstr needs.
  hnj_hyphen_hyphenate2(dictionary, encoded.c_str(), static_cast<int>(encoded.size()), hyphens.data(), nullptr,
                        &replacements, &positions, &cuts);

  // hyphens[i] odd: a break may follow letter i, i.e. the second part starts at letter i + 1.
  for (std::size_t start = first; start + after <= letters; ++start) {
    std::size_t i = start - 1;
    bool standard = replacements == nullptr || replacements[i] == nullptr;
    if ((hyphens[i] & 1) != 0 && standard) {
      points.push_back(run.offsets[start]);
    }
  }

  // Arrays allocated by libhyphen only for non-standard patterns, with malloc, one entry per byte of the word.
  if (replacements != nullptr) {
    for (std::size_t i = 0; i < encoded.size(); ++i) std::free(replacements[i]);
  }
  std::free(replacements);
  std::free(positions);
  std::free(cuts);
}

bool is_mark(UChar32 character) { return (U_GET_GC_MASK(character) & U_GC_M_MASK) != 0; }

}  // namespace

std::vector<std::size_t> Hyphenator::hyphenation_points(std::string_view word, const HyphenationLimits& limits) const {
  return *shared_hyphenation_points(word, limits);
}

std::shared_ptr<const std::vector<std::size_t>> Hyphenator::shared_hyphenation_points(
    std::string_view word, const HyphenationLimits& limits) const {
  struct Remembered {
    std::uint64_t hyphenator = 0;
    HyphenationLimits limits;
    detail::TextMemo<std::vector<std::size_t>> points{detail::memo_bound};
  };
  thread_local Remembered remembered;
  if (remembered.hyphenator != identity_ || remembered.limits.min_before != limits.min_before ||
      remembered.limits.min_after != limits.min_after || remembered.limits.max_letters != limits.max_letters) {
    remembered.points.clear();
    remembered.hyphenator = identity_;
    remembered.limits = limits;
  }
  return remembered.points.get(word, [&](std::string_view w) { return find_points(w, limits); });
}

std::vector<std::size_t> Hyphenator::find_points(std::string_view word, const HyphenationLimits& limits) const {
  std::vector<std::size_t> points;
  // The thread's run, its memory kept from word to word: grown letter by letter, it took the allocator nine
  // times a word.
  thread_local LetterRun run;
  run.clear();
  auto finish_run = [&] {
    if (run.length > 0 && !run.too_long) {
      hyphenate_run(dictionary_->handle, dictionary_->charset, run, limits, points);
    }
    run.clear();
  };

  // Walk the code points; a letter starts or continues a run, a combining mark continues one (so a decomposed "é"
  // stays inside its word), anything else — digits, punctuation, spaces, ill-formed bytes — ends it.
  if (word.size() > static_cast<std::size_t>(INT32_MAX)) {
    return points;  // ICU's UTF-8 macros index with int32_t; such a "word" is not one anyway
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto size = static_cast<std::int32_t>(word.size());
  std::int32_t index = 0;
  while (index < size) {
    const auto offset = static_cast<std::size_t>(index);
    UChar32 character = 0;
    U8_NEXT(bytes, index, size, character);  // a negative character for an ill-formed sequence
    bool letter = character >= 0 && u_isalpha(character);
    if (letter || (run.length > 0 && character >= 0 && is_mark(character))) {
      ++run.length;
      if (run.length > limits.max_letters) {
        run.too_long = true;  // stop collecting; the run is left whole
        run.characters.clear();
        run.offsets.clear();
      } else {
        run.characters.push_back(character);
        run.offsets.push_back(offset);
      }
    } else {
      finish_run();
    }
  }
  finish_run();
  return points;
}

}  // namespace naskah::text
