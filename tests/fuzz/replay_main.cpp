// naskah_fuzz_replay [--expected] INPUT...: runs each input (a file, or every file of a folder but its .expected
// and .md files) through the fuzz target's entry point (fuzz_build.hpp) in any build, so that a crash libFuzzer
// found stays fixed without a fuzz build. It prints what each build said; with --expected each input must have
// NAME.expected beside it holding exactly those lines (the regression test of tests/fuzz/regressions/).
// Exit 0 when every input matched, 1 when one did not (a crash or a broken promise aborts), 2 bad usage.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_build.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs_of(const fs::path& input) {
  if (!fs::is_directory(input)) return {input};
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(input)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && extension != ".expected" && extension != ".md") found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<std::string> lines_of(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const bool expected = !args.empty() && args.front() == "--expected";
  if (expected) args.erase(args.begin());
  if (args.empty()) {
    std::cerr << "usage: naskah_fuzz_replay [--expected] INPUT...\n";
    return 2;
  }
  int status = 0;
  std::size_t replayed = 0;
  for (const std::string& arg : args) {
    if (!fs::exists(arg)) {
      std::cerr << arg << ": no such file or folder\n";
      return 2;
    }
    for (const fs::path& input : inputs_of(arg)) {
      std::ifstream in(input, std::ios::binary);
      const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      const std::vector<std::string> said = naskah::fuzz::describe(naskah::fuzz::build_input(bytes));
      ++replayed;
      if (!expected) {
        std::cout << "== " << input.string() << "\n";
        for (const std::string& line : said) std::cout << line << "\n";
        continue;
      }
      fs::path expected_file = input;
      expected_file.replace_extension(".expected");
      if (!fs::exists(expected_file)) {
        std::cout << "FAIL: " << input.string() << " has no " << expected_file.filename().string() << "; it says:\n";
        for (const std::string& line : said) std::cout << "  " << line << "\n";
        status = 1;
      } else if (const std::vector<std::string> wanted = lines_of(expected_file); said != wanted) {
        std::cout << "FAIL: " << input.string() << " says:\n";
        for (const std::string& line : said) std::cout << "  " << line << "\n";
        std::cout << "but " << expected_file.filename().string() << " expects:\n";
        for (const std::string& line : wanted) std::cout << "  " << line << "\n";
        status = 1;
      }
    }
  }
  if (replayed == 0) {
    std::cerr << "naskah_fuzz_replay: no input to replay\n";
    return 1;
  }
  return status;
}
