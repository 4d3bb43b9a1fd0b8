// The one helper every command reads its options' values with (commands.hpp).

#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"

namespace naskah::cli {

std::optional<std::string> option_value(std::string_view command, const std::vector<std::string>& args, std::size_t& i) {
  if (i + 1 < args.size()) return args[++i];
  std::cerr << fmt::format("naskah {}: {} needs a value\n", command, args[i]);
  return std::nullopt;
}

}  // namespace naskah::cli
