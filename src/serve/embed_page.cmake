# Writes the page (src/serve/page.html) as a C++ header, so that the page stays an editable HTML file and the naskah
# binary needs no file beside it to serve it. cmake -DPAGE=page.html -DHEADER=serve_page.hpp -P embed_page.cmake
file(READ "${PAGE}" content)
string(FIND "${content}" ")naskah_page\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${PAGE} holds the raw string's closing delimiter")
endif()
file(WRITE "${HEADER}.tmp" "#pragma once\n// Made from src/serve/page.html by src/serve/embed_page.cmake: edit that file.\n\nnamespace naskah::serve {\n\ninline constexpr const char* serve_page = R\"naskah_page(${content})naskah_page\";\n\n}  // namespace naskah::serve\n")
file(RENAME "${HEADER}.tmp" "${HEADER}")
