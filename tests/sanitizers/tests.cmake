# Memory checks of the whole program (docs/hardening.md). Included by tests/CMakeLists.txt after its tests, in its
# scope, so that it can set their properties.

if(NASKAH_SANITIZED)
  # The package test makes a .deb of the build: a sanitized build is never shipped, and its naskah building the
  # sample is cli_build_pdf's test already, run under the sanitizers here.
  set_tests_properties(cli_package PROPERTIES DISABLED TRUE)
else()
  # valgrind's memcheck on the sample's build; not in the sanitized build, where ASan checks the same and valgrind
  # cannot run ASan's programs.
  add_test(NAME valgrind_build_sample
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/valgrind_build.sh $<TARGET_FILE:naskah> ${PROJECT_SOURCE_DIR})
endif()
