#include "fontconfig_library.hpp"

#include <dlfcn.h>

#include "naskah/text/translate.hpp"

namespace naskah::text::detail {
namespace {

/// The soname of Debian's libfontconfig1, the one the headers naskah is built with describe.
constexpr const char* library_name = "libfontconfig.so.1";

struct Opened {
  Fontconfig functions{};
  std::string problem;  ///< empty when every function was found
};

template <class Function>
bool find(void* library, const char* name, Function& into, std::string& problem) {
  into = reinterpret_cast<Function>(dlsym(library, name));
  if (into == nullptr && problem.empty()) problem = tr("{} has no function {}", library_name, name);
  return into != nullptr;
}

Opened open_fontconfig() {
  Opened opened;
  // Never closed: fontconfig keeps its configuration for the process.
  void* library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* why = dlerror();
    opened.problem = tr("fontconfig cannot be loaded ({})", why != nullptr ? why : library_name);
    return opened;
  }
  Fontconfig& f = opened.functions;
  std::string& p = opened.problem;
  find(library, "FcPatternCreate", f.pattern_create, p);
  find(library, "FcPatternDestroy", f.pattern_destroy, p);
  find(library, "FcPatternAddString", f.pattern_add_string, p);
  find(library, "FcPatternGetString", f.pattern_get_string, p);
  find(library, "FcPatternGetInteger", f.pattern_get_integer, p);
  find(library, "FcPatternGetBool", f.pattern_get_bool, p);
  find(library, "FcObjectSetBuild", f.object_set_build, p);
  find(library, "FcObjectSetDestroy", f.object_set_destroy, p);
  find(library, "FcFontList", f.font_list, p);
  find(library, "FcFontSetDestroy", f.font_set_destroy, p);
  find(library, "FcConfigAppFontAddDir", f.config_app_font_add_dir, p);
  return opened;
}

}  // namespace

const Fontconfig* fontconfig(std::string* problem) {
  static const Opened opened = open_fontconfig();
  if (!opened.problem.empty()) {
    if (problem != nullptr) *problem = opened.problem;
    return nullptr;
  }
  return &opened.functions;
}

}  // namespace naskah::text::detail
