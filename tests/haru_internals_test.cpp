// libharu's structures as src/pdf/haru_internals.cpp uses them: the library linked is the release they were written
// for, and what each function reads or replaces is what libharu then saves.
#include <catch2/catch.hpp>

#include <dlfcn.h>
#include <hpdf.h>
#include <hpdf_utils.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../src/pdf/deflate.hpp"
#include "../src/pdf/haru_internals.hpp"

namespace internals = naskah::pdf::internals;

namespace {

using Document = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)>;

Document new_document() { return Document(HPDF_New(nullptr, nullptr), &HPDF_Free); }

std::string saved(HPDF_Doc doc) {
  REQUIRE(HPDF_SaveToStream(doc) == HPDF_OK);
  HPDF_Stream stream = internals::saved_stream(doc);
  std::string bytes;
  for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(stream); ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* chunk = HPDF_MemStream_GetBufPtr(stream, i, &length);
    REQUIRE(chunk != nullptr);
    bytes.append(reinterpret_cast<const char*>(chunk), length);
  }
  return bytes;
}

std::string_view name_in(HPDF_Dict dict, const char* key) {
  auto* name = static_cast<HPDF_Name>(HPDF_Dict_GetItem(dict, key, HPDF_OCLASS_NAME));
  return name == nullptr ? std::string_view() : std::string_view(name->value);
}

}  // namespace

TEST_CASE("the libharu linked is the release its internals are used for", "[haru-internals]") {
  CHECK(std::string_view(HPDF_GetVersion()) == internals::supported_libharu);
}

TEST_CASE("the document's catalog, trailer and version are libharu's", "[haru-internals]") {
  Document doc = new_document();
  REQUIRE(doc);
  HPDF_Dict catalog = internals::document_catalog(doc.get());
  REQUIRE(catalog != nullptr);
  CHECK(name_in(catalog, "Type") == "Catalog");
  CHECK(internals::document_xref(doc.get()) != nullptr);
  CHECK(internals::document_memory(doc.get()) == internals::object_memory(catalog));
  HPDF_AddPage(doc.get());
  internals::set_pdf_version(doc.get(), HPDF_VER_14);
  REQUIRE(HPDF_Dict_AddName(internals::document_trailer(doc.get()), "NaskahMark", "Found") == HPDF_OK);
  const std::string pdf = saved(doc.get());
  CHECK(pdf.rfind("%PDF-1.4", 0) == 0);
  CHECK(pdf.find("/NaskahMark /Found") != std::string::npos);
}

TEST_CASE("a page's content replaced by a deflated stream is saved once, as FlateDecode", "[haru-internals]") {
  Document doc = new_document();
  REQUIRE(doc);
  HPDF_Page page = HPDF_AddPage(doc.get());
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_NONE);
  const std::string content = "0 0 1 rg 10 10 50 50 re f\n";
  REQUIRE(HPDF_Stream_WriteStr(internals::page_stream(page), "q Q\n") == HPDF_OK);
  std::string deflated;
  REQUIRE(naskah::pdf::deflate(content, deflated));
  HPDF_Stream fresh = HPDF_MemStream_New(internals::object_memory(page), static_cast<HPDF_UINT>(deflated.size()));
  REQUIRE(HPDF_Stream_Write(fresh, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                            static_cast<HPDF_UINT>(deflated.size())) == HPDF_OK);
  internals::replace_page_content(page, fresh);
  CHECK(internals::page_stream(page) == fresh);
  const std::string pdf = saved(doc.get());
  CHECK(pdf.find("/Filter /FlateDecode") != std::string::npos);
  // Copied as it is between stream and endstream, not compressed again.
  CHECK(pdf.find("stream\r\n" + deflated + "\nendstream") != std::string::npos);
  CHECK(pdf.find("q Q") == std::string::npos);     // the old stream is gone
}

TEST_CASE("a stream dictionary's content and filter are the ones saved", "[haru-internals]") {
  Document doc = new_document();
  REQUIRE(doc);
  HPDF_AddPage(doc.get());
  HPDF_Dict dict = HPDF_DictStream_New(internals::document_memory(doc.get()), internals::document_xref(doc.get()));
  REQUIRE(dict != nullptr);
  REQUIRE(HPDF_Dict_Add(internals::document_catalog(doc.get()), "NaskahStream", dict) == HPDF_OK);
  internals::set_dictionary_filter(dict, HPDF_STREAM_FILTER_NONE);
  REQUIRE(HPDF_Stream_WriteStr(internals::dictionary_stream(dict), "old content") == HPDF_OK);
  HPDF_Stream fresh = HPDF_MemStream_New(internals::object_memory(dict), 64);
  REQUIRE(HPDF_Stream_WriteStr(fresh, "new content") == HPDF_OK);
  internals::replace_dictionary_stream(dict, fresh);
  HPDF_Array array = HPDF_Array_New(internals::document_memory(doc.get()));
  CHECK(internals::array_memory(array) == internals::document_memory(doc.get()));
  HPDF_Array_Free(array);
  const std::string pdf = saved(doc.get());
  CHECK(pdf.find("new content") != std::string::npos);
  CHECK(pdf.find("old content") == std::string::npos);
}

TEST_CASE("a TrueType font read from memory embeds as the same font read from its file", "[haru-internals]") {
  const std::string path = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  const auto bytes = std::make_shared<const std::string>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  // Two documents, the same text: one font loaded by libharu from the file, the other from memory.
  auto embedded = [&](bool from_memory) {
    Document doc = new_document();
    HPDF_SetCompressionMode(doc.get(), HPDF_COMP_NONE);
    internals::MemoryFontSource source{bytes};
    const char* name = from_memory ? internals::load_truetype_from_memory(doc.get(), source)
                                   : HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE);
    REQUIRE(name != nullptr);
    HPDF_Page page = HPDF_AddPage(doc.get());
    HPDF_Page_SetFontAndSize(page, HPDF_GetFont(doc.get(), name, "WinAnsiEncoding"), 12);
    HPDF_Page_BeginText(page);
    HPDF_Page_ShowText(page, "Rencana Kinerja Tahunan");
    HPDF_Page_EndText(page);
    return std::make_pair(std::string(name), saved(doc.get()));
  };
  const auto [file_name, from_file] = embedded(false);
  const auto [memory_name, from_memory] = embedded(true);
  CHECK(memory_name == file_name);
  CHECK(from_memory.find("/BaseFont /HPDFAA+LiberationSans") != std::string::npos);
  CHECK(from_memory.find("/FontFile2") != std::string::npos);
  CHECK(from_memory == from_file);  // the subset, its tag and every object alike, byte for byte
}

TEST_CASE("libharu copies and fills memory through naskah's HPDF_MemCpy and HPDF_MemSet", "[haru-internals]") {
  // The dynamic linker finds them in the program, not in libharu...
  Dl_info library{};
  REQUIRE(dladdr(reinterpret_cast<void*>(&HPDF_New), &library) != 0);
  for (const char* name : {"HPDF_MemCpy", "HPDF_MemSet"}) {
    INFO(name);
    Dl_info found{};
    REQUIRE(dladdr(dlsym(RTLD_DEFAULT, name), &found) != 0);
    CHECK(std::string(found.dli_fname) != std::string(library.dli_fname));
  }
  // ... and libharu reaches them through its procedure linkage table: a library built to bind its own calls
  // directly would bypass them (slower, not wrong).
  std::unique_ptr<FILE, int (*)(FILE*)> relocations(
      popen(("objdump -R '" + std::string(library.dli_fname) + "'").c_str(), "r"), pclose);
  REQUIRE(relocations != nullptr);
  bool copies_through_table = false, fills_through_table = false;
  std::array<char, 4096> buffer{};
  while (fgets(buffer.data(), buffer.size(), relocations.get()) != nullptr) {
    const std::string line = buffer.data();
    if (line.find("JUMP_SLOT") == std::string::npos) continue;
    copies_through_table = copies_through_table || line.find(" HPDF_MemCpy") != std::string::npos;
    fills_through_table = fills_through_table || line.find(" HPDF_MemSet") != std::string::npos;
  }
  CHECK(copies_through_table);
  CHECK(fills_through_table);

  // What libharu's return: the end of what was written.
  std::array<HPDF_BYTE, 8> to{};
  const std::array<HPDF_BYTE, 5> from{1, 2, 3, 4, 5};
  CHECK(HPDF_MemCpy(to.data(), from.data(), 5) == to.data() + 5);
  CHECK(to == std::array<HPDF_BYTE, 8>{1, 2, 3, 4, 5, 0, 0, 0});
  CHECK(HPDF_MemCpy(to.data(), from.data(), 0) == to.data());
  CHECK(HPDF_MemSet(to.data() + 2, 9, 3) == to.data() + 5);
  CHECK(to == std::array<HPDF_BYTE, 8>{1, 2, 9, 9, 9, 0, 0, 0});
  CHECK(HPDF_MemSet(to.data(), 7, 0) == to.data());
}

TEST_CASE("streams deflated two at a time are each what deflating it alone makes", "[haru-internals]") {
  // Large enough for the thread beside (64 kB together), different from one another, and one empty.
  std::vector<std::string> streams;
  for (int s = 0; s < 5; ++s) {
    std::string bytes;
    for (int i = 0; i < 9000 * s; ++i) bytes += static_cast<char>((i * (s + 3)) % 251);
    streams.push_back(bytes);
  }
  for (const bool two_threads : {true, false}) {  // two first: what one thread remembers, two would find
    std::vector<std::string> deflated = streams;
    naskah::pdf::deflate_remembered_all(deflated, two_threads);
    REQUIRE(deflated.size() == streams.size());
    for (std::size_t i = 0; i < streams.size(); ++i) {
      std::string alone;
      REQUIRE(naskah::pdf::deflate(streams[i], alone));
      CHECK(deflated[i] == alone);
    }
  }
}
