// numbering: programs (across the whole rencana), kegiatan (within a program) and sub kegiatan (within a
// kegiatan) are numbered 1, 2, 3 … The seed document's programme 2 jumps from kegiatan 4 to kegiatan 6.

#include <fmt/format.h>

#include <functional>
#include <algorithm>
#include <map>
#include <set>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

struct Numbered {
  int nomor;
  plan::Pos pos;
};

/// Checks one run of siblings. `name(n)` names the item numbered n ("kegiatan 2.5"); `parent` names the
/// siblings' parent for the first-number message ("program 2"; empty for the programs). A number counts as missing only when no
/// sibling has it, so a list merely out of order gets one warning, about the item out of place.
void check_sequence(const std::vector<Numbered>& items, const std::function<std::string(int)>& name,
                    const std::string& kind, const std::string& parent, const plan::Plan& plan, diag::Diagnostics& out) {
  std::set<int> present;
  for (const Numbered& item : items) present.insert(item.nomor);
  std::map<int, plan::Pos> first_seen;
  int highest = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Numbered& item = items[i];
    auto seen = first_seen.find(item.nomor);
    if (seen != first_seen.end()) {
      out.warning(at(plan, item.pos), "numbering",
                  text::tr("{} is numbered twice (first at line {})", name(item.nomor), seen->second.line));
    } else if (item.nomor < highest) {
      out.warning(at(plan, item.pos), "numbering",
                  text::tr("{} stands after {}; order them by number", name(item.nomor), name(highest)));
    } else if (i == 0 && present.count(1) == 0) {
      out.warning(at(plan, item.pos), "numbering",
                  parent.empty()
                      ? text::tr("the first {} is numbered {}; numbering starts at 1", kind, item.nomor)
                      : text::tr("the first {} of {} is numbered {}; numbering starts at 1", kind, parent, item.nomor));
    } else if (i > 0) {
      std::vector<int> missing;
      for (int n = highest + 1; n < item.nomor && missing.size() < 1000; ++n) {
        if (present.count(n) == 0) missing.push_back(n);
      }
      if (!missing.empty()) {
        bool contiguous = missing.back() - missing.front() + 1 == static_cast<int>(missing.size());
        std::string what = missing.size() == 1 ? text::tr("{} is missing", name(missing.front()))
                           : contiguous        ? text::tr("{} to {} are missing", name(missing.front()), name(missing.back()))
                                               : text::tr("{} and {} more are missing", name(missing.front()), missing.size() - 1);
        out.warning(at(plan, item.pos), "numbering", text::tr("{} follows {}: {}", name(item.nomor), name(highest), what));
      }
    }
    first_seen.emplace(item.nomor, item.pos);
    highest = std::max(highest, item.nomor);
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
            "sub kegiatan", plan::path_name(program, kegiatan), plan, out);
      }
      check_sequence(kegiatan_numbers, [&](int n) { return fmt::format("kegiatan {}.{}", program.nomor.value, n); },
                     "kegiatan", plan::path_name(program), plan, out);
    }
  }
  check_sequence(programs, [](int n) { return fmt::format("program {}", n); }, "program", "", plan, out);
}

}  // namespace naskah::check
