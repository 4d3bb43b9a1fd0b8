#include "naskah/plan/plan_diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "naskah/plan/totals.hpp"
#include "naskah/text/comparison_key.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::plan {
namespace {

using Kind = PlanChange::Kind;

std::string folded(const std::string& text) { return text::comparison_key(text); }

std::optional<std::string> code_of(const Sasaran&) { return std::nullopt; }
template <class Item>
std::optional<std::string> code_of(const Item& item) {
  return item.kode ? std::optional<std::string>(item.kode->value) : std::nullopt;
}
template <class Item>
std::string kode_of(const Item& item) {
  return code_of(item).value_or(std::string());
}
/// The kode a change of a matched item shows: the new plan's, else the old's.
template <class Item>
std::string kode_of(const Item& before, const Item& after) {
  return code_of(after).value_or(kode_of(before));
}
int number_of(const Sasaran& s, std::size_t position) { return s.nomor.value_or(static_cast<int>(position) + 1); }
template <class Item>
int number_of(const Item& item, std::size_t) {
  return item.nomor.value;
}

/// For each item of `after`, the index of its counterpart in `before`: by kode when both have one, else by
/// number and name, else by name alone (renumbered), else by number alone (renamed).
template <class Item>
std::vector<std::optional<std::size_t>> match(const std::vector<Item>& before, const std::vector<Item>& after) {
  std::vector<std::optional<std::size_t>> matched(after.size());
  std::vector<bool> taken(before.size(), false);
  auto pass = [&](auto same) {
    for (std::size_t a = 0; a < after.size(); ++a) {
      if (matched[a]) continue;
      for (std::size_t b = 0; b < before.size(); ++b) {
        if (!taken[b] && same(before[b], b, after[a], a)) {
          matched[a] = b;
          taken[b] = true;
          break;
        }
      }
    }
  };
  pass([](const Item& x, std::size_t, const Item& y, std::size_t) {
    return code_of(x) && code_of(y) && *code_of(x) == *code_of(y);
  });
  pass([](const Item& x, std::size_t i, const Item& y, std::size_t j) {
    return number_of(x, i) == number_of(y, j) && folded(x.nama) == folded(y.nama);
  });
  pass([](const Item& x, std::size_t, const Item& y, std::size_t) { return folded(x.nama) == folded(y.nama); });
  pass([](const Item& x, std::size_t i, const Item& y, std::size_t j) { return number_of(x, i) == number_of(y, j); });
  return matched;
}

/// An item's computed anggaran; a sum past the 64-bit limit is an error, never a wrong figure.
template <class Item>
std::int64_t sum_of(const Item& item) {
  const std::optional<Rupiah> total = total_of(item);
  if (!total) throw std::overflow_error(text::tr("a budget sum exceeds the 64-bit limit"));
  return total->value;
}

class Differ {
 public:
  PlanDiff run(const Plan& before, const Plan& after) {
    out_.total_before = sum_of(before.rencana);
    out_.total_after = sum_of(after.rencana);
    const auto& old_list = before.rencana.sasaran;
    const auto& new_list = after.rencana.sasaran;
    auto matched = match(old_list, new_list);
    for (std::size_t a = 0; a < new_list.size(); ++a) {
      const std::string item = fmt::format("sasaran {}", number_of(new_list[a], a));
      if (!matched[a]) {
        whole(Kind::added, item, new_list[a].nama, new_list[a].pos);
        for (const Program& p : new_list[a].program) program_added(p);
        continue;
      }
      const Sasaran& old_one = old_list[*matched[a]];
      names(item, old_one, new_list[a]);
      indicators(item, old_one.indikator, new_list[a].indikator);
      programs(old_one.program, new_list[a].program);
    }
    for (std::size_t b = 0; b < old_list.size(); ++b) {
      if (std::find(matched.begin(), matched.end(), b) != matched.end()) continue;
      whole(Kind::removed, fmt::format("sasaran {}", number_of(old_list[b], b)), old_list[b].nama, {}, old_list[b].pos);
      for (const Program& p : old_list[b].program) program_removed(p);
    }
    return std::move(out_);
  }

 private:
  void whole(Kind kind, std::string item, const std::string& name, Pos new_pos, Pos old_pos = {},
             std::optional<std::int64_t> amount = std::nullopt, std::string kode = {}) {
    PlanChange change;
    change.kind = kind;
    change.kode = std::move(kode);
    change.item = std::move(item);
    change.name = name;
    change.new_pos = new_pos;
    change.old_pos = old_pos;
    if (amount) {
      change.field = "anggaran";
      (kind == Kind::added ? change.amount_after : change.amount_before) = amount;
    }
    out_.changes.push_back(std::move(change));
  }

  void field(const std::string& item, const std::string& name, std::string what, std::string before, std::string after,
             Pos old_pos, Pos new_pos, std::string kode = {}) {
    PlanChange change;
    change.kode = std::move(kode);
    change.item = item;
    change.name = name;
    change.field = std::move(what);
    change.before = std::move(before);
    change.after = std::move(after);
    change.old_pos = old_pos;
    change.new_pos = new_pos;
    out_.changes.push_back(std::move(change));
  }

  template <class Item>
  void names(const std::string& item, const Item& before, const Item& after) {
    if (before.nama != after.nama) {
      field(item, after.nama, "nama", before.nama, after.nama, before.pos, after.pos, kode_of(before, after));
    }
  }

  /// A kode given, taken away or changed: the codes of the APBD, which a revision must not lose unnoticed.
  template <class Item>
  void codes(const std::string& item, const Item& before, const Item& after) {
    const std::string was = before.kode ? before.kode->value : std::string();
    const std::string now = after.kode ? after.kode->value : std::string();
    if (was == now) return;
    field(item, after.nama, "kode", was, now, before.kode ? before.kode->pos : before.pos,
          after.kode ? after.kode->pos : after.pos, kode_of(before, after));
  }

  void indicators(const std::string& owner, const std::vector<Indikator>& before, const std::vector<Indikator>& after) {
    std::vector<bool> taken(before.size(), false);
    auto target = [](const Indikator& i) { return i.target ? i.target->value.text : std::string(); };
    for (const Indikator& now : after) {
      const std::string item = fmt::format("indikator \"{}\" of {}", now.nama, owner);
      std::size_t b = 0;
      while (b < before.size() && (taken[b] || folded(before[b].nama) != folded(now.nama))) ++b;
      if (b == before.size()) {
        field(item, now.nama, "target", "", target(now), {}, now.pos);
        out_.changes.back().kind = Kind::added;
        out_.changes.back().owner = owner;
        continue;
      }
      taken[b] = true;
      if (target(before[b]) != target(now)) {
        field(item, now.nama, "target", target(before[b]), target(now), before[b].pos, now.pos);
        out_.changes.back().owner = owner;
      }
    }
    for (std::size_t b = 0; b < before.size(); ++b) {
      if (taken[b]) continue;
      field(fmt::format("indikator \"{}\" of {}", before[b].nama, owner), before[b].nama, "target", target(before[b]), "",
            before[b].pos, {});
      out_.changes.back().kind = Kind::removed;
      out_.changes.back().owner = owner;
    }
  }

  void program_added(const Program& p) {
    whole(Kind::added, path_name(p), p.nama, p.pos, {}, sum_of(p), kode_of(p));
    out_.programs.push_back({path_name(p), p.nama, std::nullopt, sum_of(p), kode_of(p), std::nullopt, p.anggaran});
  }
  void program_removed(const Program& p) {
    whole(Kind::removed, path_name(p), p.nama, {}, p.pos, sum_of(p), kode_of(p));
    out_.programs.push_back({path_name(p), p.nama, sum_of(p), std::nullopt, kode_of(p), p.anggaran, std::nullopt});
  }

  void programs(const std::vector<Program>& before, const std::vector<Program>& after) {
    auto matched = match(before, after);
    for (std::size_t a = 0; a < after.size(); ++a) {
      const Program& now = after[a];
      if (!matched[a]) {
        program_added(now);
        continue;
      }
      const Program& was = before[*matched[a]];
      const std::string item = path_name(now);
      if (was.nomor.value != now.nomor.value) {
        field(item, now.nama, "nomor", std::to_string(was.nomor.value), std::to_string(now.nomor.value), was.pos, now.pos,
              kode_of(was, now));
      }
      names(item, was, now);
      codes(item, was, now);
      indicators(item, was.indikator, now.indikator);
      kegiatan(was, now);
      out_.programs.push_back(
          {item, now.nama, sum_of(was), sum_of(now), kode_of(was, now), was.anggaran, now.anggaran});
    }
    for (std::size_t b = 0; b < before.size(); ++b) {
      if (std::find(matched.begin(), matched.end(), b) == matched.end()) program_removed(before[b]);
    }
  }

  void kegiatan(const Program& was_program, const Program& now_program) {
    const auto& before = was_program.kegiatan;
    const auto& after = now_program.kegiatan;
    auto matched = match(before, after);
    for (std::size_t a = 0; a < after.size(); ++a) {
      const Kegiatan& now = after[a];
      const std::string item = path_name(now_program, now);
      if (!matched[a]) {
        whole(Kind::added, item, now.nama, now.pos, {}, sum_of(now), kode_of(now));
        continue;
      }
      const Kegiatan& was = before[*matched[a]];
      names(item, was, now);
      codes(item, was, now);
      subkegiatan(was_program, was, now_program, now);
    }
    for (std::size_t b = 0; b < before.size(); ++b) {
      if (std::find(matched.begin(), matched.end(), b) != matched.end()) continue;
      whole(Kind::removed, path_name(was_program, before[b]), before[b].nama, {}, before[b].pos, sum_of(before[b]),
            kode_of(before[b]));
    }
  }

  void subkegiatan(const Program& was_program, const Kegiatan& was_kegiatan, const Program& now_program,
                   const Kegiatan& now_kegiatan) {
    const auto& before = was_kegiatan.subkegiatan;
    const auto& after = now_kegiatan.subkegiatan;
    auto matched = match(before, after);
    for (std::size_t a = 0; a < after.size(); ++a) {
      const SubKegiatan& now = after[a];
      const std::string item = path_name(now_program, now_kegiatan, now);
      if (!matched[a]) {
        whole(Kind::added, item, now.nama, now.pos, {}, now.anggaran.value.value, kode_of(now));
        continue;
      }
      const SubKegiatan& was = before[*matched[a]];
      names(item, was, now);
      codes(item, was, now);
      if (was.anggaran.value != now.anggaran.value) {
        field(item, now.nama, "anggaran", "", "", was.anggaran.pos, now.anggaran.pos, kode_of(was, now));
        out_.changes.back().amount_before = was.anggaran.value.value;
        out_.changes.back().amount_after = now.anggaran.value.value;
      }
      indicators(item, was.indikator, now.indikator);
    }
    for (std::size_t b = 0; b < before.size(); ++b) {
      if (std::find(matched.begin(), matched.end(), b) != matched.end()) continue;
      whole(Kind::removed, path_name(was_program, was_kegiatan, before[b]), before[b].nama, {}, before[b].pos,
            before[b].anggaran.value.value, kode_of(before[b]));
    }
  }

  PlanDiff out_;
};

}  // namespace

PlanDiff diff_plans(const Plan& before, const Plan& after) { return Differ().run(before, after); }

}  // namespace naskah::plan
