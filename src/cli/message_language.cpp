#include "message_language.hpp"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <initializer_list>
#include <string_view>

#include "data_paths.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {
namespace {

/// The first of the variables that is set and not empty.
const char* first_set(std::initializer_list<const char*> variables) {
  for (const char* name : variables) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return value;
  }
  return nullptr;
}

/// Whether a locale name is of the Indonesian language: id, id_ID, id_ID.UTF-8, id.utf8, id@…
bool names_indonesian(const char* locale) {
  if (locale == nullptr) return false;
  std::string_view name(locale);
  return name.substr(0, 2) == "id" && (name.size() == 2 || name[2] == '_' || name[2] == '.' || name[2] == '@');
}

}  // namespace

void choose_message_language() {
  const char* locale = first_set({"LC_ALL", "LC_MESSAGES", "LANG"});
  if (std::setlocale(LC_MESSAGES, "") == nullptr) {
    // The locale the environment names is not generated on this machine (a fresh Debian has only C and C.UTF-8),
    // and glibc then keeps "C", under which gettext translates nothing. Under C.UTF-8 (built in since glibc 2.35)
    // gettext follows LANGUAGE, which it ignores only under "C"; so LANGUAGE says the language the locale named,
    // unless the user has said one there already.
    std::setlocale(LC_MESSAGES, "C.UTF-8");
    if (names_indonesian(locale) && first_set({"LANGUAGE"}) == nullptr) setenv("LANGUAGE", "id", 1);
  } else if (locale == nullptr && first_set({"LANGUAGE"}) != nullptr) {
    // No locale named at all, only LANGUAGE (LANGUAGE=id naskah …): honour it, as "C" would not. A locale set to
    // C or POSIX on purpose keeps the English, as in every GNU program.
    std::setlocale(LC_MESSAGES, "C.UTF-8");
  }
  if (auto dir = locale_dir()) bindtextdomain(text::message_domain, dir->c_str());
  bind_textdomain_codeset(text::message_domain, "UTF-8");
}

}  // namespace naskah::cli
