#pragma once
// Internal to text/: libfontconfig, opened the first time a font family is looked up through it. Most builds never
// do (fonts/families.conf names the standard families' files), and loading it at start, with the FreeType, Brotli
// and Expat it brings, was six of the program's twenty-two libraries, a tenth of its symbol lookups and half a
// millisecond of every run.

#include <fontconfig/fontconfig.h>

#include <string>

namespace naskah::text::detail {

/// The functions of libfontconfig that naskah calls.
struct Fontconfig {
  decltype(&FcPatternCreate) pattern_create;
  decltype(&FcPatternDestroy) pattern_destroy;
  decltype(&FcPatternAddString) pattern_add_string;
  decltype(&FcPatternGetString) pattern_get_string;
  decltype(&FcPatternGetInteger) pattern_get_integer;
  decltype(&FcPatternGetBool) pattern_get_bool;
  decltype(&FcObjectSetBuild) object_set_build;
  decltype(&FcObjectSetDestroy) object_set_destroy;
  decltype(&FcFontList) font_list;
  decltype(&FcFontSetDestroy) font_set_destroy;
  decltype(&FcConfigAppFontAddDir) config_app_font_add_dir;
};

/// The library's functions, opened once for the process (thread-safe); nullptr when it cannot be opened, with the
/// reason in *problem.
const Fontconfig* fontconfig(std::string* problem = nullptr);

}  // namespace naskah::text::detail
