// numbering: programs (across the whole rencana), kegiatan (within a program) and sub kegiatan (within a
// kegiatan) are numbered 1, 2, 3 … The seed document's programme 2 jumps from kegiatan 4 to kegiatan 6.

#include <fmt/format.h>

#include <functional>
#include <map>

#include "naskah/check/checker.hpp"

namespace naskah::check {
namespace {

struct Numbered {
  int nomor;
  plan::Pos pos;
};

/// Checks one run of siblings. `name(n)` names the item numbered n ("kegiatan 2.5"); `family` names the
/// siblings' parent for the first-number message ("of program 2").
void check_sequence(const std::vector<Numbered>& items, const std::function<std::string(int)>& name,
                    const std::string& kind, const std::string& family, const plan::Plan& plan, diag::Diagnostics& out) {
  std::map<int, plan::Pos> first_seen;
  int previous = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Numbered& item = items[i];
    auto seen = first_seen.find(item.nomor);
    if (seen != first_seen.end()) {
      out.warning(at(plan, item.pos), "numbering",
                  fmt::format("{} is numbered twice (first at line {})", name(item.nomor), seen->second.line));
    } else if (i == 0 && item.nomor != 1) {
      out.warning(at(plan, item.pos), "numbering",
                  fmt::format("the first {}{} is numbered {}; numbering starts at 1", kind, family, item.nomor));
    } else if (item.nomor < previous) {
      out.warning(at(plan, item.pos), "numbering",
                  fmt::format("{} follows {}: numbers must rise", name(item.nomor), name(previous)));
    } else if (i > 0 && item.nomor > previous + 1) {
      std::string missing = item.nomor == previous + 2
                                ? fmt::format("{} is missing", name(previous + 1))
                                : fmt::format("{} to {} are missing", name(previous + 1), name(item.nomor - 1));
      out.warning(at(plan, item.pos), "numbering",
                  fmt::format("{} follows {}: {}", name(item.nomor), name(previous), missing));
    }
    first_seen.emplace(item.nomor, item.pos);
    if (item.nomor > previous) previous = item.nomor;
  }
}

}  // namespace

void check_numbering(const plan::Plan& plan, diag::Diagnostics& out) {
  std::vector<Numbered> programs;
  for (const plan::Sasaran& sasaran : plan.rencana.sasaran) {
    for (const plan::Program& program : sasaran.program) {
      programs.push_back({program.nomor.value, program.nomor.pos});
      std::vector<Numbered> kegiatan_numbers;
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        kegiatan_numbers.push_back({kegiatan.nomor.value, kegiatan.nomor.pos});
        std::vector<Numbered> sub_numbers;
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) sub_numbers.push_back({sub.nomor.value, sub.nomor.pos});
        check_sequence(
            sub_numbers,
            [&](int n) { return fmt::format("sub kegiatan {}.{}.{}", program.nomor.value, kegiatan.nomor.value, n); },
            "sub kegiatan", " of " + plan::path_name(program, kegiatan), plan, out);
      }
      check_sequence(kegiatan_numbers, [&](int n) { return fmt::format("kegiatan {}.{}", program.nomor.value, n); },
                     "kegiatan", " of " + plan::path_name(program), plan, out);
    }
  }
  check_sequence(programs, [](int n) { return fmt::format("program {}", n); }, "program", "", plan, out);
}

}  // namespace naskah::check
