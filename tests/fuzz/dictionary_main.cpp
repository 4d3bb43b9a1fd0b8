// naskah_fuzz_dictionary SCHEMA OUT: writes the fuzzer's dictionary of the plan format (fuzz_dictionary.hpp).

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "fuzz_dictionary.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: naskah_fuzz_dictionary SCHEMA.xsd OUT.dict\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << argv[1] << ": cannot be read\n";
    return 1;
  }
  const std::string xsd{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::ofstream out(argv[2], std::ios::binary);
  out << naskah::fuzz::dictionary_file(naskah::fuzz::dictionary_words(xsd));
  if (!out.flush()) {
    std::cerr << argv[2] << ": cannot be written\n";
    return 1;
  }
  return 0;
}
