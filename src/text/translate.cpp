#include "naskah/text/translate.hpp"

#include <libintl.h>

namespace naskah::text {

const char* translation_of(const char* english) { return dgettext(message_domain, english); }

const char* translation_of(const char* singular, const char* plural, unsigned long n) {
  return dngettext(message_domain, singular, plural, n);
}

}  // namespace naskah::text
