#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "naskah/text/hyphenator.hpp"

using naskah::text::HyphenationLimits;
using naskah::text::Hyphenator;

namespace {

using Points = std::vector<std::size_t>;

/// The word with "-" at its hyphenation points, for readable failures.
std::string hyphenated(std::string_view word, const HyphenationLimits& limits = {}) {
  std::string result;
  std::size_t previous = 0;
  for (std::size_t point : Hyphenator::indonesian()->hyphenation_points(word, limits)) {
    result.append(word.substr(previous, point - previous)).append("-");
    previous = point;
  }
  return result.append(word.substr(previous));
}

/// A dictionary file in the temporary directory, removed at the end of the test.
struct TemporaryDictionary {
  std::filesystem::path path;
  explicit TemporaryDictionary(const std::string& name, const std::string& content)
      : path(std::filesystem::temp_directory_path() / name) {
    std::ofstream(path, std::ios::binary) << content;
  }
  ~TemporaryDictionary() { std::filesystem::remove(path); }
};

}  // namespace

TEST_CASE("Indonesian words, with 2 letters before and 3 after a break", "[hyphen]") {
  // The patterns give per=tang=gung=ja=wab=an; "an" is too short to stand on a line of its own.
  CHECK(hyphenated("pertanggungjawaban") == "per-tang-gung-ja-waban");
  CHECK(Hyphenator::indonesian()->hyphenation_points("pertanggungjawaban") == Points{3, 7, 11, 13});
  // ad=mi=nis=tra=si: "si" goes.
  CHECK(hyphenated("administrasi") == "ad-mi-nis-trasi");
  // ke=sek=re=ta=ri=a=t=an: "an" goes, "tan" stays.
  CHECK(hyphenated("kesekretariatan") == "ke-sek-re-ta-ri-a-tan");
  CHECK(hyphenated("kabupaten") == "ka-bu-pa-ten");
  CHECK(hyphenated("akuntabilitas") == "akun-ta-bi-li-tas");
  CHECK(hyphenated("penganggaran") == "peng-ang-garan");
  CHECK(hyphenated("abcde") == "ab-cde");  // the shortest word that can be split
  CHECK(hyphenated("kata") == "kata");
}

TEST_CASE("the limits are configurable but libhyphen keeps its own 2 and 2", "[hyphen]") {
  CHECK(hyphenated("pertanggungjawaban", {2, 2, 100}) == "per-tang-gung-ja-wab-an");
  CHECK(hyphenated("administrasi", {2, 2, 100}) == "ad-mi-nis-tra-si");
  CHECK(hyphenated("administrasi", {1, 1, 100}) == "ad-mi-nis-tra-si");
  CHECK(hyphenated("administrasi", {0, 0, 100}) == "ad-mi-nis-tra-si");
  CHECK(hyphenated("administrasi", {4, 4, 100}) == "admi-nis-trasi");
  CHECK(hyphenated("administrasi", {2, 3, 11}) == "administrasi");  // 12 letters: longer than max_letters
}

TEST_CASE("capitalised words are hyphenated like lowercase ones", "[hyphen]") {
  CHECK(hyphenated("Pertanggungjawaban") == "Per-tang-gung-ja-waban");
  CHECK(hyphenated("PERTANGGUNGJAWABAN") == "PER-TANG-GUNG-JA-WABAN");
  CHECK(hyphenated("Administrasi") == "Ad-mi-nis-trasi");
  // İ is two bytes: offsets are still byte offsets into the original word.
  CHECK(Hyphenator::indonesian()->hyphenation_points("\u0130stanbul") == Points{3, 6});
}

TEST_CASE("only runs of letters are hyphenated, never next to other characters", "[hyphen]") {
  CHECK(hyphenated("Perbup2023tentangpenganggaran") == "Per-bup2023ten-tang-peng-ang-garan");
  CHECK(hyphenated("(administrasi)") == "(ad-mi-nis-trasi)");
  CHECK(hyphenated("Kabupaten/Kota") == "Ka-bu-pa-ten/Kota");
  // An existing hyphen is a line break opportunity already; each part is hyphenated on its own.
  CHECK(hyphenated("masing-masing") == "ma-sing-ma-sing");
  CHECK(hyphenated("2023") == "2023");
  CHECK(hyphenated("28.584.558.694") == "28.584.558.694");
}

TEST_CASE("letters outside the dictionary's charset", "[hyphen]") {
  // Debian's file is ISO8859-1: é is encoded (and matches no pattern), a combining accent is not.
  CHECK(Hyphenator::indonesian()->hyphenation_points("kaf\u00E9taria") == Points{7});
  CHECK(hyphenated("e\u0301tudiant") == "e\u0301tudiant");
  CHECK(hyphenated("\u0105\u0105\u0105administrasi") == "\u0105\u0105\u0105administrasi");
}

TEST_CASE("a dictionary's charset decides the encoding", "[hyphen]") {
  TemporaryDictionary utf8("naskah_test_hyph_utf8.dic", "UTF-8\nc1d\n");
  TemporaryDictionary latin1("naskah_test_hyph_latin1.dic", "ISO8859-1\nc1d\n");
  auto utf8_hyphenator = Hyphenator::load(utf8.path.string());
  auto latin1_hyphenator = Hyphenator::load(latin1.path.string());
  // Three 2-byte letters, c | d, three more: the break is after character 4, at byte 7.
  CHECK(utf8_hyphenator->hyphenation_points("\u0105\u0105\u0105cd\u0105\u0105\u0105") == Points{7});
  CHECK(utf8_hyphenator->hyphenation_points("\u00E4\u00E4\u00E4CD\u00E4\u00E4\u00E4") == Points{7});
  CHECK(latin1_hyphenator->hyphenation_points("\u00E4\u00E4\u00E4cd\u00E4\u00E4\u00E4") == Points{7});
  CHECK(latin1_hyphenator->hyphenation_points("\u0105\u0105\u0105cd\u0105\u0105\u0105").empty());
}

TEST_CASE("missing or invalid dictionaries are errors naming the path", "[hyphen]") {
  CHECK_THROWS_WITH(Hyphenator::load("/nonexistent/hyph_xx.dic"),
                    "cannot read hyphenation dictionary /nonexistent/hyph_xx.dic: No such file or directory");
  TemporaryDictionary empty("naskah_test_hyph_empty.dic", "");
  CHECK_THROWS_AS(Hyphenator::load(empty.path.string()), std::runtime_error);
  CHECK_THROWS_WITH(Hyphenator::load(empty.path.string()),
                    Catch::Matchers::Contains("naskah_test_hyph_empty.dic"));
}

TEST_CASE("empty, short and very long input", "[hyphen]") {
  auto hyphenator = Hyphenator::indonesian();
  CHECK(hyphenator.get() == Hyphenator::indonesian().get());  // loaded once
  CHECK(hyphenator->hyphenation_points("").empty());
  CHECK(hyphenator->hyphenation_points("a").empty());
  CHECK(hyphenator->hyphenation_points("\xFF\xFE").empty());

  std::string long_word;
  for (int i = 0; i < 10000; ++i) long_word += "pertanggungjawaban"[i % 18];
  auto start = std::chrono::steady_clock::now();
  CHECK(hyphenator->hyphenation_points(long_word).empty());  // longer than max_letters: left whole
  // A short word after or inside junk is still hyphenated.
  CHECK(hyphenator->hyphenation_points(long_word + " administrasi") == Points{10003, 10005, 10008});
  // Even unlimited, libhyphen copes (its buffers are sized by the word).
  CHECK(hyphenator->hyphenation_points(long_word, {2, 3, 20000}).size() > 2000);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}

TEST_CASE("one dictionary shared by several threads", "[hyphen]") {
  auto hyphenator = Hyphenator::indonesian();
  const Points expected = hyphenator->hyphenation_points("pertanggungjawaban");
  std::vector<std::thread> threads;
  std::vector<int> correct(4, 0);
  for (std::size_t t = 0; t < correct.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        correct[t] += hyphenator->hyphenation_points("pertanggungjawaban") == expected ? 1 : 0;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(correct == std::vector<int>(4, 200));
}

TEST_CASE("the words a thread remembers are its dictionary's and its limits'", "[hyphen]") {
  // The same words asked in turn of two dictionaries, and with other limits: each answer is the one asked for,
  // not the one remembered from the question before.
  TemporaryDictionary other("naskah_test_hyph_other.dic", "UTF-8\nn1i\n");
  auto bare = Hyphenator::load(other.path.string());
  for (int round = 0; round < 2; ++round) {
    CHECK(hyphenated("administrasi") == "ad-mi-nis-trasi");
    CHECK(bare->hyphenation_points("administrasi") == Points{5});  // n-i only: admin|istrasi
    CHECK(hyphenated("administrasi", {4, 4, 100}) == "admi-nis-trasi");
    CHECK(hyphenated("administrasi") == "ad-mi-nis-trasi");
  }
  // A dictionary loaded where another was freed is another dictionary, whatever its address.
  for (const char* patterns : {"UTF-8\nn1i\n", "UTF-8\ni1s\n"}) {
    TemporaryDictionary file("naskah_test_hyph_again.dic", patterns);
    auto loaded = Hyphenator::load(file.path.string());
    CHECK(loaded->hyphenation_points("administrasi") == (patterns[6] == 'n' ? Points{5} : Points{6}));
  }
}
