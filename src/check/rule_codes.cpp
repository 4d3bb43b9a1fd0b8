// kode-hierarchy: the nomenclature's codes nest (program 4.02.01, kegiatan 4.02.01.2.01, sub kegiatan
// 4.02.01.2.01.0001); a code that does not extend its parent's, or that repeats, was copied from elsewhere.

#include <fmt/format.h>

#include <map>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

bool extends(const std::string& child, const std::string& parent) {
  return child.size() > parent.size() + 1 && child.compare(0, parent.size(), parent) == 0 && child[parent.size()] == '.';
}

class CodeChecker {
 public:
  CodeChecker(const plan::Plan& plan, diag::Diagnostics& out) : plan_(plan), out_(out) {}

  void visit(const std::optional<plan::At<std::string>>& kode, const std::optional<plan::At<std::string>>& parent,
             const std::string& name, const std::string& parent_name) {
    if (!kode) return;
    auto [it, inserted] = seen_.emplace(kode->value, name);
    if (parent && !extends(kode->value, parent->value)) {
      out_.warning(at(plan_, kode->pos), "kode-hierarchy",
                   text::tr("{} has kode {}, which does not extend the kode {} of {}", name, kode->value,
                               parent->value, parent_name));
    } else if (!inserted) {
      out_.warning(at(plan_, kode->pos), "kode-hierarchy",
                   text::tr("{} has kode {}, which {} has already", name, kode->value, it->second));
    }
  }

 private:
  const plan::Plan& plan_;
  diag::Diagnostics& out_;
  std::map<std::string, std::string> seen_;
};

}  // namespace

void check_codes(const plan::Plan& plan, diag::Diagnostics& out) {
  CodeChecker checker(plan, out);
  for (const plan::Sasaran& sasaran : plan.rencana.sasaran) {
    for (const plan::Program& program : sasaran.program) {
      std::string program_name = plan::path_name(program);
      checker.visit(program.kode, std::nullopt, program_name, "");
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        std::string kegiatan_name = plan::path_name(program, kegiatan);
        checker.visit(kegiatan.kode, program.kode, kegiatan_name, program_name);
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) {
          checker.visit(sub.kode, kegiatan.kode, plan::path_name(program, kegiatan, sub), kegiatan_name);
        }
      }
    }
  }
}

}  // namespace naskah::check
