#pragma once
// The fuzzer's dictionary (libFuzzer's -dict=, AFL's format): the words of the plan format, made from the schema
// and from the placeholder list (plan/placeholders.hpp) at build time, so that it follows the format as it grows.
// With them libFuzzer writes <subkegiatan anggaran=" or {program.anggaran} in one step instead of by luck.

#include <string>
#include <string_view>
#include <vector>

namespace naskah::fuzz {

/// Every word, unquoted: "<rkt", "</rkt>", "nama=\"" for each element and attribute the XSD names, its enumerated
/// values in quotes, its target namespace, each placeholder ("{tahun}", "{program.anggaran}"), and the XML
/// syntax a plan uses (comments, CDATA, character and entity references). Sorted, each once.
std::vector<std::string> dictionary_words(std::string_view xsd_text);

/// The words as a dictionary file: one "…" per line, with \\, \" and bytes outside printable ASCII escaped (\xNN).
std::string dictionary_file(const std::vector<std::string>& words);

}  // namespace naskah::fuzz
