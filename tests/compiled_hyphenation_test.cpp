// The Indonesian patterns compiled into naskah at build time break every word exactly where libhyphen breaks it
// with the same patterns loaded from their file: every word of the samples and templates, and some long ones.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "naskah/text/hyphenator.hpp"

namespace fs = std::filesystem;
using naskah::text::Hyphenator;

namespace {

/// The words (runs of ASCII letters and UTF-8 bytes) of every .xml file under folder.
void collect_words(const fs::path& folder, std::set<std::string>& words) {
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.path().extension() != ".xml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string word;
    for (char c : text.str() + " ") {
      const auto byte = static_cast<unsigned char>(c);
      if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte >= 0x80) {
        word += c;
      } else if (!word.empty()) {
        words.insert(word);
        word.clear();
      }
    }
  }
}

}  // namespace

TEST_CASE("the compiled Indonesian patterns break words as the dictionary file does", "[hyphenation]") {
  std::set<std::string> words = {"pertanggungjawaban", "ketidakberdayaan", "mempertanggungjawabkan",
                                 "penyelenggaraan", "kesekretariatan", "PERWAKILAN", "Ekonomi"};
  collect_words(fs::path(NASKAH_SOURCE_DIR) / "samples", words);
  collect_words(fs::path(NASKAH_SOURCE_DIR) / "templates", words);
  REQUIRE(words.size() > 1000);

  const auto compiled = Hyphenator::indonesian();
  const auto loaded = Hyphenator::load(Hyphenator::kIndonesianPath);
  std::size_t with_breaks = 0;
  for (const std::string& word : words) {
    const auto expected = loaded->hyphenation_points(word);
    INFO(word);
    REQUIRE(compiled->hyphenation_points(word) == expected);
    if (!expected.empty()) ++with_breaks;
  }
  // Most Indonesian words of more than two syllables have a break: a dictionary that finds none fails above only
  // if the file's does too, so this keeps the comparison from passing on two empty answers.
  CHECK(with_breaks > words.size() / 2);
  CHECK(compiled->hyphenation_points("pertanggungjawaban") == std::vector<std::size_t>{3, 7, 11, 13});
}
