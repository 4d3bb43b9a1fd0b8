#include "naskah/text/comparison_key.hpp"

#include <cctype>

namespace naskah::text {

std::string comparison_key(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace naskah::text
