#include "naskah/plan/kode.hpp"

#include <algorithm>

#include "naskah/text/translate.hpp"

namespace naskah::plan {

Parsed<std::string> parse_kode(std::string_view text) {
  bool good = !text.empty() && text.front() != '.' && text.back() != '.' && text.find("..") == std::string_view::npos &&
              std::all_of(text.begin(), text.end(), [](char c) {
                return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.';
              });
  if (!good) {
    return Parsed<std::string>::fail(text::tr("a kode is groups of letters and digits separated by dots, e.g. 4.02.01"));
  }
  return Parsed<std::string>::ok(std::string(text));
}

}  // namespace naskah::plan
