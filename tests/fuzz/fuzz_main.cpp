// naskah_fuzz: libFuzzer's entry point over the whole build (fuzz_build.hpp). How to run it: docs/hardening.md.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_build.hpp"

/// Loads what the builds share before the first input, so that libFuzzer's leak check, which compares each input's
/// allocations with its frees, sees only what an input's own build keeps.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  naskah::fuzz::shared_resources();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  naskah::fuzz::build_input(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
