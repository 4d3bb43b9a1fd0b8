// The corpus tests/data/invalid/: each NAME.xml is a plan with a fault, and NAME.expected lists, one per line,
// exactly the diagnostics naskah must report for it, as "LINE:COL: severity: message [rule]". Every plan in
// tests/data/valid/ must produce no diagnostic at all.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"

namespace fs = std::filesystem;

namespace {

/// What `naskah check` would report for the file, with the file name left off each line.
std::vector<std::string> diagnostics_of(const fs::path& file) {
  naskah::plan::ParseResult parsed = naskah::plan::parse_plan_file(file.string());
  naskah::diag::Diagnostics all = parsed.diagnostics;
  if (parsed.plan && !all.has_errors()) all.append(naskah::check::check_plan(*parsed.plan));
  std::vector<std::string> lines;
  for (const auto& d : all.all()) {
    std::string line = naskah::diag::format_text(d);
    std::string prefix = file.string() + ":";
    if (line.rfind(prefix, 0) == 0) line = line.substr(prefix.size());
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> read_lines(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::vector<fs::path> plans_in(const fs::path& folder) {
  std::vector<fs::path> plans;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".xml") plans.push_back(entry.path());
  }
  std::sort(plans.begin(), plans.end());
  return plans;
}

const fs::path data_dir = fs::path(NASKAH_SOURCE_DIR) / "tests" / "data";

}  // namespace

TEST_CASE("every invalid plan produces exactly its expected diagnostics", "[corpus]") {
  std::vector<fs::path> plans = plans_in(data_dir / "invalid");
  REQUIRE(plans.size() >= 25);
  for (const fs::path& plan : plans) {
    fs::path expected_file = plan;
    expected_file.replace_extension(".expected");
    INFO("plan: " << plan.filename().string());
    REQUIRE(fs::exists(expected_file));
    std::vector<std::string> expected = read_lines(expected_file);
    REQUIRE_FALSE(expected.empty());
    CHECK(diagnostics_of(plan) == expected);
  }
}

TEST_CASE("every valid plan is clean", "[corpus]") {
  std::vector<fs::path> plans = plans_in(data_dir / "valid");
  REQUIRE(plans.size() >= 2);
  for (const fs::path& plan : plans) {
    INFO("plan: " << plan.filename().string());
    CHECK(diagnostics_of(plan).empty());
  }
}
