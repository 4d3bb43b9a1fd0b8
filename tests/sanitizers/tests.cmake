# Memory checks of the whole program (docs/hardening.md). Included by tests/CMakeLists.txt after its tests, in its
# scope, so that it can set their properties.

if(NASKAH_SANITIZED)
  # The tests' own code unoptimised, and Catch2's 17,000-line header parsed once for all of them: they build in a
  # quarter of the time, and the code under test, in naskah_core, keeps its -O1 and its sanitizers all the same.
  # (main_test.cpp defines CATCH_CONFIG_MAIN before including the header, so it goes without. Not in the plain
  # build: there gcc 12 warns falsely, -Warray-bounds in std::string, with the precompiled header.)
  target_compile_options(naskah_tests PRIVATE -O0)
  target_precompile_headers(naskah_tests PRIVATE <catch2/catch.hpp>)
  set_source_files_properties(main_test.cpp PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  # The package test makes a .deb of the build: a sanitized build is never shipped, and its naskah building the
  # sample is cli_build_pdf's test already, run under the sanitizers here.
  set_tests_properties(cli_package PROPERTIES DISABLED TRUE)
  # 100,000 rows take 7 minutes here: a tenth of them (tests/scripts/large_input_cli.sh).
  set_tests_properties(cli_large_input PROPERTIES ENVIRONMENT NASKAH_LARGE_ROWS=10000)
else()
  # valgrind's memcheck on the sample's build; not in the sanitized build, where ASan checks the same and valgrind
  # cannot run ASan's programs.
  add_test(NAME valgrind_build_sample
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/valgrind_build.sh $<TARGET_FILE:naskah> ${PROJECT_SOURCE_DIR})
endif()
