#pragma once
/// How two names or titles written by hand are compared: letter case and spacing aside ("Latar  belakang" is
/// "Latar Belakang"). ASCII case only: the plans' words are Indonesian.

#include <string>
#include <string_view>

namespace naskah::text {

/// `text` with ASCII letters in lower case, runs of white space as one space, none at the ends.
std::string comparison_key(std::string_view text);

}  // namespace naskah::text
