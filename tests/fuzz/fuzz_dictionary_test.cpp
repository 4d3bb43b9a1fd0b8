// The fuzzer's dictionary follows the format: made from the schema and the placeholder list, it holds every
// element, attribute and placeholder the project's own plans use.

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>

#include "fuzz_dictionary.hpp"
#include "naskah/plan/placeholders.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> words() {
  return naskah::fuzz::dictionary_words(read_file(fs::path(NASKAH_SOURCE_DIR) / "schema" / "naskah-rkt-1.xsd"));
}

bool has(const std::vector<std::string>& words, const std::string& word) {
  return std::binary_search(words.begin(), words.end(), word);
}

/// The plans the project itself parses: the samples and the valid test plans.
std::vector<fs::path> plans() {
  std::vector<fs::path> found;
  for (const char* folder : {"samples", "tests/data/valid"}) {
    for (const auto& entry : fs::directory_iterator(fs::path(NASKAH_SOURCE_DIR) / folder)) {
      if (entry.path().extension() == ".xml") found.push_back(entry.path());
    }
  }
  return found;
}

void collect_names(pugi::xml_node node, std::set<std::string>& elements, std::set<std::string>& attributes) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    elements.insert(child.name());
    for (pugi::xml_attribute attribute : child.attributes()) {
      const std::string name = attribute.name();
      if (name != "xmlns" && name.find(':') == std::string::npos) attributes.insert(name);
    }
    collect_names(child, elements, attributes);
  }
}

}  // namespace

TEST_CASE("the fuzz dictionary holds the schema's words and the placeholders", "[fuzz]") {
  const std::vector<std::string> all = words();
  REQUIRE(std::is_sorted(all.begin(), all.end()));
  for (const char* word : {"<rkt", "</rkt>", "<subkegiatan", "</subkegiatan>", "<td", "anggaran=\"", "untuk-setiap=\"",
                           "\"Tercapai\"", "\"subkegiatan\"", "xmlns=\"urn:naskah:rkt:1\"", "{tahun}",
                           "{program.anggaran}", "{subkegiatan.nama}", "<!--", "&#x"}) {
    INFO(word);
    CHECK(has(all, word));
  }
  CHECK_FALSE(has(all, "<xs:element"));
  CHECK_FALSE(has(all, "<Teks"));  // a type's name is not an element's
}

TEST_CASE("the fuzz dictionary names every element, attribute and placeholder of the project's plans", "[fuzz]") {
  const std::vector<std::string> all = words();
  const std::vector<fs::path> files = plans();
  REQUIRE(files.size() >= 4);
  std::set<std::string> elements, attributes, placeholders;
  const std::regex placeholder(R"(\{([a-z0-9.-]+)\})");
  for (const fs::path& file : files) {
    const std::string text = read_file(file);
    pugi::xml_document document;
    INFO(file.string());
    REQUIRE(document.load_string(text.c_str()));
    collect_names(document, elements, attributes);
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) {
      const auto ref = naskah::plan::parse_placeholder_name((*it)[1].str());
      REQUIRE(ref);
      const std::string kind = ref->kind ? std::string(naskah::plan::item_kind_name(*ref->kind)) + "." : "";
      placeholders.insert("{" + kind + ref->field + "}");
    }
  }
  CHECK(elements.size() > 20);
  CHECK(placeholders.size() > 5);
  for (const std::string& name : elements) {
    INFO("element " << name);
    CHECK(has(all, "<" + name));
    CHECK(has(all, "</" + name + ">"));
  }
  for (const std::string& name : attributes) {
    INFO("attribute " << name);
    CHECK(has(all, name + "=\""));
  }
  for (const std::string& name : placeholders) {
    INFO("placeholder " << name);
    CHECK(has(all, name));
  }
}

TEST_CASE("the fuzz dictionary file quotes each word and escapes what libFuzzer cannot read plain", "[fuzz]") {
  CHECK(naskah::fuzz::dictionary_file({"<rkt", "nama=\"", "a\\b", "é\n"}) ==
        "# The plan format's words for naskah_fuzz (tests/fuzz/fuzz_dictionary.hpp).\n"
        "\"<rkt\"\n"
        "\"nama=\\\"\"\n"
        "\"a\\\\b\"\n"
        "\"\\xC3\\xA9\\x0A\"\n");
}
