#include "first_plan_options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/plan/calendar_date.hpp"
#include "naskah/plan/nip.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/plan/whole_number.hpp"
#include "naskah/text/comparison_key.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {

bool FirstPlanOptions::take(std::string_view command, const std::vector<std::string>& args, std::size_t& i,
                            bool& failed) {
  const std::string& arg = args[i];
  std::string* value = arg == "--instansi"        ? &facts_.instansi
                       : arg == "--singkatan"     ? &facts_.singkatan
                       : arg == "--daerah"        ? &facts_.daerah
                       : arg == "--jabatan"       ? &facts_.jabatan
                       : arg == "--penandatangan" ? &facts_.penandatangan
                       : arg == "--nip"           ? &facts_.nip
                       : arg == "--pangkat"       ? &facts_.pangkat
                       : arg == "--tempat"        ? &facts_.tempat
                       : arg == "--tanggal"       ? &facts_.tanggal
                                                  : nullptr;
  if (value == nullptr) return false;
  given_.push_back(arg);
  auto v = option_value(command, args, i);
  if (!v) {
    failed = true;
    return true;
  }
  *value = text::fold_white_space(*v);
  return true;
}

std::optional<std::string> FirstPlanOptions::plan_text(std::string_view command, int year,
                                                       std::string_view schema_location) {
  bool bad = false;
  auto refuse = [&](const std::string& message) {
    std::cerr << fmt::format("naskah {}: {}\n", command, message);
    bad = true;
  };
  if (facts_.instansi.empty() || facts_.daerah.empty()) {
    refuse(text::tr("a first plan needs its unit: --instansi NAME and --daerah REGION"));
  }
  if (!facts_.nip.empty()) {
    if (auto nip = plan::parse_nip(facts_.nip); !nip) refuse(fmt::format("--nip {}: {}", facts_.nip, nip.error));
  }
  if (!facts_.tanggal.empty()) {
    if (auto date = plan::parse_iso_date(facts_.tanggal); !date) {
      refuse(fmt::format("--tanggal {}: {}", facts_.tanggal, date.error));
    }
  }
  if (bad) return std::nullopt;
  facts_.tahun = year;
  std::string text = plan::make_first_plan(facts_, schema_location);
  // What the plan's own rules find wrong with the facts given (a NIP whose birth date is no date) is said of the
  // options, before anything is written.
  plan::ParseResult parsed = plan::parse_plan_text(text, "plan");
  diag::Diagnostics found = parsed.diagnostics;
  if (parsed.plan && !found.has_errors()) found.append(check::check_plan(*parsed.plan));
  for (const diag::Diagnostic& d : found.all()) {
    if (d.severity == diag::Severity::error) refuse(fmt::format("{} [{}]", d.message, d.rule));
  }
  if (bad) return std::nullopt;
  return text;
}

std::optional<int> plan_year(std::string_view command, const std::string& text) {
  plan::Parsed<int> year = plan::parse_whole_number(text, 2000, 2099);
  if (year && text.size() == 4) return *year.value;
  std::cerr << text::tr("naskah {}: --tahun {}: a year from 2000 to 2099", command, text) << "\n";
  return std::nullopt;
}

std::string PlanWritingArgs::value(std::string_view option) const {
  for (const auto& [name, value] : own) {
    if (name == option) return value;
  }
  return {};
}

std::variant<PlanWritingArgs, int> read_plan_writing_args(std::string_view command, const std::vector<std::string>& args,
                                                          std::initializer_list<std::string_view> own_options,
                                                          bool operands, void (*print_usage)(std::ostream&)) {
  PlanWritingArgs out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool own = std::find(own_options.begin(), own_options.end(), arg) != own_options.end();
    std::string* target = arg == "--tahun" ? &out.year_text : (arg == "-o" || arg == "--output") ? &out.output : nullptr;
    bool failed = false;
    if (arg == "--help" || arg == "-h") {
      print_usage(std::cout);
      return exit_ok;
    } else if (target != nullptr || own) {
      auto v = option_value(command, args, i);
      if (!v) return exit_usage;
      if (own) {
        out.own.emplace_back(arg, *v);
      } else {
        *target = *v;
      }
    } else if (arg == "--force") {
      out.force = true;
    } else if (out.first.take(command, args, i, failed)) {
      if (failed) return exit_usage;
    } else if (operands && !(arg.size() > 1 && arg[0] == '-')) {
      out.operands.push_back(arg);
    } else {
      std::cerr << (arg.size() > 1 && arg[0] == '-' ? text::tr("naskah {}: unknown option {}", command, arg)
                                                    : text::tr("naskah {}: unknown argument {}", command, arg))
                << "\n";
      print_usage(std::cerr);
      return exit_usage;
    }
  }
  return out;
}

}  // namespace naskah::cli
