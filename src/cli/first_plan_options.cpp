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

namespace {

/// Each option and the fact it gives.
struct FactOption {
  OptionSpec option;
  std::string plan::FirstPlanFacts::*fact;
};

const std::vector<FactOption>& fact_options() {
  using F = plan::FirstPlanFacts;
  static const std::vector<FactOption> all{
      {{"--instansi", text::tr_mark("NAME"), text::tr_mark("the unit's full name without the region (Dinas Kesehatan)")},
       &F::instansi},
      {{"--daerah", text::tr_mark("REGION"), text::tr_mark("its region with its kind (Kabupaten Luwu Timur, Kota Palopo)")},
       &F::daerah},
      {{"--singkatan", text::tr_mark("SHORT"), text::tr_mark("the short name of titles and the cover (default: NAME)")},
       &F::singkatan},
      {{"--penandatangan", text::tr_mark("NAME"),
        text::tr_mark("who signs, with degrees, as printed (dr. ANDI MAKMUR, M.Kes)")},
       &F::penandatangan},
      {{"--jabatan", text::tr_mark("TITLE"),
        text::tr_mark("the signatory's title above the signature (Kepala Dinas Kesehatan)")},
       &F::jabatan},
      {{"--nip", text::tr_mark("NIP"), text::tr_mark("the signatory's 18-digit NIP")}, &F::nip},
      {{"--pangkat", text::tr_mark("RANK"), text::tr_mark("rank and grade, printed under the name")}, &F::pangkat},
      {{"--tempat", text::tr_mark("PLACE"), text::tr_mark("where it is signed (Malili)")}, &F::tempat},
      {{"--tanggal", text::tr_mark("YYYY-MM-DD"),
        text::tr_mark("when it is signed\n(a signatory's fact not given is written empty, to fill in)")},
       &F::tanggal},
  };
  return all;
}

}  // namespace

std::vector<OptionSpec> first_plan_options() {
  std::vector<OptionSpec> options;
  for (const FactOption& each : fact_options()) options.push_back(each.option);
  for (OptionSpec& option : options) option.kind = ValueKind::text;
  return options;
}

OptionSpec year_option(const char* help) { return {"--tahun", text::tr_mark("YEAR"), help, ValueKind::text}; }

FirstPlanOptions::FirstPlanOptions(const ParsedArgs& args) {
  for (const FactOption& each : fact_options()) {
    if (auto value = args.value(each.option.long_name())) facts_.*each.fact = text::fold_white_space(*value);
  }
  for (const std::string& name : args.given()) {
    const auto& all = fact_options();
    if (std::any_of(all.begin(), all.end(), [&](const FactOption& each) { return each.option.long_name() == name; })) {
      given_.push_back(name);
    }
  }
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

}  // namespace naskah::cli
