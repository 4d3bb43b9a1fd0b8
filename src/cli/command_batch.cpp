// naskah batch: every plan of a folder, a list or a manifest to PDF on several threads — every unit of a regency in
// January. Each plan is built on its own (a broken one is reported and the others still finish); templates,
// parsed fonts and the hyphenation patterns are loaded once for the run. SIGINT or SIGTERM stops it cleanly:
// the builds under way end before their PDF is put in place, so that no file is left half-written and every
// earlier PDF stays as it was.

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <sstream>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "commands.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/plan/source_file.hpp"
#include "plan_build.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

/// A manifest names plans, one a line: 1 MB is some 20,000 of them.
constexpr std::size_t max_manifest_bytes = 1024 * 1024;

constexpr const char* batch_usage = text::tr_mark(R"(usage: naskah batch [-j N] [-o DIR] [--template NAME|DIR] [--font-dir DIR] [--strict] [--pdfa] [--draft] INPUT...

Checks and builds many plans, each on its own: a broken plan is reported and the others still finish.
An INPUT is a folder (every *.xml in it), a plan, or a manifest (a .txt file naming one plan per line,
relative to the manifest; empty lines and lines starting with # are skipped).

  -j, --jobs N        how many plans are built at once (default: the number of cores)
  -o, --output DIR    where the PDFs go, named after their plans (default: beside each plan)
  --template NAME|DIR the template for every plan (default: each plan's template="…")
  --font-dir DIR      fonts that are not installed: a folder of TrueType files, or one
                      holding a families.conf (fonts/README.md); may be given more than once
  --strict            treat warnings as errors: no PDF for a plan that is not clean
  --pdfa              PDF/A-1b for the archive (XMP metadata, sRGB output intent; docs/archiving.md)
  --draft             "KONSEP" across every page, for versions that are not the signed one

On a terminal a progress bar shows what is done; otherwise a line per plan. A summary ends the run: how many
plans were built, with warnings, failed, and the first problem of each failure. SIGINT (Ctrl-C) or SIGTERM
stops the run: no PDF is left half-written.

Exit status: 0 all built, 1 a plan failed, 2 bad usage, 130/143 interrupted by SIGINT/SIGTERM.
Example: naskah batch -j 2 -o pdf/ plans/
)");

/// Set by SIGINT or SIGTERM; the builds look at it between their stages.
std::atomic<bool> stop_requested{false};
std::atomic<int> stop_signal{0};

extern "C" void request_stop(int signal_number) {
  stop_signal.store(signal_number);
  stop_requested.store(true);
}

struct Job {
  std::string plan;
  std::string output;
};

/// The plans an INPUT names, in a stable order; problems (a missing file) go to `problems`.
void collect(const std::string& input, std::vector<std::string>& plans, std::vector<std::string>& problems) {
  std::error_code error;
  if (fs::is_directory(input, error)) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(input, error)) {
      if (entry.is_regular_file() && entry.path().extension() == ".xml") found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) {
      problems.push_back(problem_line(diag::Severity::error, input, text::tr("the folder holds no plan (*.xml)")));
    }
    plans.insert(plans.end(), found.begin(), found.end());
    return;
  }
  if (!fs::is_regular_file(input, error)) {
    problems.push_back(problem_line(diag::Severity::error, input, text::tr("no such file or folder")));
    return;
  }
  if (fs::path(input).extension() != ".txt") {
    plans.push_back(input);
    return;
  }
  plan::SourceFile file = plan::read_source_file(input, max_manifest_bytes);
  if (!file.bytes) {
    problems.push_back(problem_line(diag::Severity::error, input,
                                    file.too_large
                                        ? text::tr("the manifest is larger than 1 MB; a manifest names plans, one a line")
                                        : text::tr("cannot read the manifest: {}", file.problem)));
    return;
  }
  std::istringstream manifest(*file.bytes);
  std::string line;
  const fs::path base = fs::path(input).parent_path();
  for (int number = 1; std::getline(manifest, line); ++number) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t\r");
    const fs::path named = line.substr(first, last - first + 1);
    const fs::path plan = named.is_absolute() ? named : base / named;
    if (!fs::is_regular_file(plan, error)) {
      problems.push_back(diag::format_text(diag::Diagnostic{
          diag::Severity::error, {input, static_cast<std::uint32_t>(number), static_cast<std::uint32_t>(first + 1)},
          text::tr("no such plan: {}", named.string()), ""}));
      continue;
    }
    plans.push_back(plan.string());
  }
}

std::string duration(double seconds) {
  const auto whole = static_cast<long>(seconds + 0.5);
  return whole < 60 ? fmt::format("{}s", whole) : fmt::format("{}m{:02}s", whole / 60, whole % 60);
}

/// Progress: a bar redrawn in place on a terminal, a line per plan otherwise.
class Progress {
 public:
  Progress(std::size_t total, bool terminal) : total_(total), terminal_(terminal), start_(clock::now()) {}

  void finished(const Job& job, const BuildReport& report) {
    std::lock_guard lock(mutex_);
    ++done_;
    const std::size_t warnings = report.warning_count();
    const std::string what = !report.written ? (report.cancelled ? text::tr("interrupted") : text::tr("FAILED"))
                             : warnings > 0  ? text::tr_plural("built with {} warning", "built with {} warnings",
                                                               warnings, warnings)
                                             : text::tr("built");
    if (!terminal_) {
      std::cerr << fmt::format("[{}/{}] {} {} → {}\n", done_, total_, what, job.plan, job.output);
      return;
    }
    const double elapsed = std::chrono::duration<double>(clock::now() - start_).count();
    const double left = done_ == 0 ? 0 : elapsed / static_cast<double>(done_) * static_cast<double>(total_ - done_);
    constexpr std::size_t width = 24;
    const std::size_t filled = total_ == 0 ? width : width * done_ / total_;
    std::string line = fmt::format("\r[{}{}] {}/{}  {}  {}", std::string(filled, '#'), std::string(width - filled, '.'),
                                   done_, total_, fs::path(job.plan).filename().string(),
                                   text::tr("{} elapsed, ~{} left", duration(elapsed), duration(left)));
    if (line.size() < last_width_) line += std::string(last_width_ - line.size(), ' ');
    last_width_ = line.size();
    std::cerr << line << std::flush;
    if (done_ == total_) std::cerr << "\n";
  }

  void end_line() {
    std::lock_guard lock(mutex_);
    if (terminal_ && done_ != total_) std::cerr << "\n";
  }

 private:
  using clock = std::chrono::steady_clock;
  std::mutex mutex_;
  std::size_t total_;
  std::size_t done_ = 0;
  bool terminal_;
  clock::time_point start_;
  std::size_t last_width_ = 0;
};

}  // namespace

int run_batch(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string output_dir;
  BuildRequest options;  // what every plan's build is asked for; the plan and its output are each job's
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&] { return option_value("batch", args, i); };
    if (arg == "--help" || arg == "-h") {
      std::cout << text::tr_text(batch_usage);
      return exit_ok;
    } else if (arg == "-j" || arg == "--jobs") {
      auto v = value();
      if (!v) return exit_usage;
      char* end = nullptr;
      const long n = std::strtol(v->c_str(), &end, 10);
      if (end == v->c_str() || *end != '\0' || n < 1 || n > 256) {
        std::cerr << text::tr("naskah batch: -j {}: give a number of jobs from 1 to 256", *v) << "\n";
        return exit_usage;
      }
      jobs = static_cast<unsigned>(n);
    } else if (arg == "-o" || arg == "--output") {
      auto v = value();
      if (!v) return exit_usage;
      output_dir = *v;
    } else if (OptionRead read = read_build_option("batch", args, i, options); read != OptionRead::not_mine) {
      if (read == OptionRead::bad) return exit_usage;
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << text::tr("naskah batch: unknown option {}", arg) << "\n" << text::tr_text(batch_usage);
      return exit_usage;
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.empty()) {
    std::cerr << text::tr("naskah batch: name the plans, folders or manifests to build") << "\n"
              << text::tr_text(batch_usage);
    return exit_usage;
  }

  // The plans, and where each PDF goes; two plans may not write one file.
  std::vector<std::string> plans, problems;
  for (const std::string& input : inputs) collect(input, plans, problems);
  for (const std::string& problem : problems) std::cerr << problem << "\n";
  if (!problems.empty()) return exit_usage;
  if (!output_dir.empty()) {
    std::error_code error;
    fs::create_directories(output_dir, error);
    if (error || !fs::is_directory(output_dir)) {
      std::cerr << text::tr("naskah batch: cannot make the output folder {}: {}", output_dir, error.message()) << "\n";
      return exit_usage;
    }
  }
  std::vector<Job> queue;
  std::map<std::string, std::string> claimed;  // output → plan
  for (const std::string& plan : plans) {
    fs::path pdf = fs::path(plan).filename().replace_extension(".pdf");
    std::string output = output_dir.empty() ? fs::path(plan).replace_extension(".pdf").string()
                                            : (fs::path(output_dir) / pdf).string();
    auto [at, fresh] = claimed.emplace(fs::weakly_canonical(output).string(), plan);
    if (!fresh) {
      if (at->second == plan) continue;  // named twice
      std::cerr << text::tr("naskah batch: {} and {} would both write {}; build them into different folders", at->second,
                            plan, output)
                << "\n";
      return exit_usage;
    }
    queue.push_back({plan, output});
  }

  struct sigaction action {};
  action.sa_handler = request_stop;
  action.sa_flags = SA_RESTART;  // a write under way goes on: no half-written file
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  BuildResources resources;
  // A core that no worker uses draws the PDFs while layout goes on.
  resources.draw_alongside_layout(std::min<std::size_t>(jobs, queue.size()) < std::thread::hardware_concurrency());
  Progress progress(queue.size(), isatty(STDERR_FILENO) != 0);
  std::vector<BuildReport> reports(queue.size());
  std::vector<char> attempted(queue.size(), 0);  // not vector<bool>: threads write neighbouring entries
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t k = next++; k < queue.size() && !stop_requested.load(); k = next++) {
      attempted[k] = 1;
      BuildRequest request = options;
      request.plan_path = queue[k].plan;
      request.output = queue[k].output;
      reports[k] = build_plan(request, resources, &stop_requested);
      progress.finished(queue[k], reports[k]);
    }
  };
  std::vector<std::thread> threads;
  const unsigned count = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(queue.size(), 1)));
  for (unsigned t = 1; t < count; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& thread : threads) thread.join();
  progress.end_line();

  // The summary: each failure with its first problem, then the counts.
  std::size_t built = 0, with_warnings = 0, failed = 0, not_built = 0;
  for (std::size_t k = 0; k < queue.size(); ++k) {
    const BuildReport& report = reports[k];
    if (!attempted[k] || report.cancelled) {
      ++not_built;
    } else if (report.written) {
      ++built;
      if (report.warning_count() > 0) ++with_warnings;
    } else {
      ++failed;
      std::cerr << text::tr("failed: {}", queue[k].plan) << "\n  " << report.first_problem() << "\n";
    }
  }
  std::cerr << text::tr_plural("{} of {} plan built ({} with warnings), {} failed",
                               "{} of {} plans built ({} with warnings), {} failed", queue.size(), built, queue.size(),
                               with_warnings, failed);
  if (stop_requested.load()) {
    std::cerr << text::tr(", {} not built: interrupted by {}", not_built,
                          stop_signal.load() == SIGTERM ? "SIGTERM" : "SIGINT")
              << "\n";
    return 128 + stop_signal.load();
  }
  std::cerr << "\n";
  return failed > 0 ? exit_input_errors : exit_ok;
}

}  // namespace naskah::cli
