#pragma once
/// How names and titles written by hand are read and compared: letter case and spacing aside ("Latar  belakang"
/// is "Latar Belakang"). ASCII case only: the plans' words are Indonesian.

#include <string>
#include <string_view>

namespace naskah::text {

/// `text` with ASCII letters in lower case, runs of white space as one space, none at the ends.
std::string comparison_key(std::string_view text);

/// `text` with runs of white space (spaces, tabs, line breaks) as one space and none at the ends: a name as the plan
/// holds it, whether it was written in an XML attribute or a spreadsheet's cell.
std::string fold_white_space(std::string_view text);

}  // namespace naskah::text
