#pragma once
/// Every text naskah says to its user goes through here: written in English in the source, where it is the key
/// (the msgid of GNU gettext) to the catalogue of the user's language (po/id.po, compiled to naskah.mo), and
/// formatted with fmt. The English is checked by fmt at compile time, as fmt::format would; a translation is
/// formatted at run time and, should it be broken, the English is used instead: a bad catalogue never costs a
/// message or a crash. Which language is chosen is the program's business (src/cli/message_language.cpp); a
/// library only calls tr(), and without a language chosen every text is the English (as in the unit tests).
/// docs/translation.md says how to write a message and keep the catalogue complete.

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace naskah::text {

/// The gettext domain of naskah's messages: the catalogue is <locale dir>/<language>/LC_MESSAGES/naskah.mo.
inline constexpr const char* message_domain = "naskah";

/// The catalogue's text for `english`, or `english` itself when it has none.
const char* translation_of(const char* english);
/// The catalogue's text for a message whose English has a singular and a plural, for the number n.
const char* translation_of(const char* singular, const char* plural, unsigned long n);

/// `translation` formatted with the arguments; `english` formatted with them when the translation does not
/// fit them (a broken or mistyped placeholder).
template <typename... Args>
std::string format_translation(std::string_view translation, fmt::format_string<Args...> english, Args&&... args) {
  const fmt::string_view checked = english;  // checked against the arguments at compile time
  if (translation.data() == checked.data()) return fmt::vformat(checked, fmt::make_format_args(args...));  // none
  try {
    return fmt::vformat(fmt::string_view(translation.data(), translation.size()), fmt::make_format_args(args...));
  } catch (const fmt::format_error&) {
    return fmt::vformat(checked, fmt::make_format_args(args...));
  }
}

/// A message in the user's language: tr("program {} \"{}\" has no kegiatan", number, name).
template <typename... Args>
std::string tr(fmt::format_string<Args...> english, Args&&... args) {
  const fmt::string_view key = english;
  return format_translation<Args...>(translation_of(key.data()), english, std::forward<Args>(args)...);
}

/// A message whose English depends on a number n: tr_plural("{} file", "{} files", n, n). Indonesian has one
/// form, English two; the catalogue's plural rule picks.
template <typename... Args>
std::string tr_plural(fmt::format_string<Args...> singular, fmt::format_string<Args...> plural, unsigned long n,
                      Args&&... args) {
  const char* translation =
      translation_of(fmt::string_view(singular).data(), fmt::string_view(plural).data(), n);
  return format_translation<Args...>(translation, n == 1 ? singular : plural, std::forward<Args>(args)...);
}

/// A text without placeholders, exactly as the catalogue gives it (braces are not special): tr_text("plan").
inline const char* tr_text(const char* english) { return translation_of(english); }

/// Marks a text for the catalogue without translating it: for texts kept in tables and translated where they are
/// shown, with tr_text (the rules' summaries).
constexpr const char* tr_mark(const char* english) { return english; }

}  // namespace naskah::text
