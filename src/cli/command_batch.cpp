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

#include "command_line.hpp"
#include "commands.hpp"
#include "stop_signals.hpp"
#include "input_files.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/io/source_file.hpp"
#include "naskah/plan/whole_number.hpp"
#include "naskah/text/translate.hpp"
#include "memory_settings.hpp"
#include "plan_build.hpp"
#include "shared_options.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

/// A manifest names plans, one a line: 1 MB is some 20,000 of them.
constexpr std::size_t max_manifest_bytes = 1024 * 1024;

/// Set by SIGINT or SIGTERM; the builds look at it between their stages.
std::atomic<bool> stop_requested{false};
std::atomic<int> stop_signal{0};

extern "C" void request_stop(int signal_number) {
  stop_signal.store(signal_number);
  stop_requested.store(true);
}

struct Job {
  std::string plan;
  std::string output;       ///< the PDF; empty: none
  std::string docx_output;  ///< the DOCX; empty: none
  /// What the progress line says is written: "rkt.pdf", or "rkt.pdf, rkt.docx".
  [[nodiscard]] std::string outputs() const {
    return output.empty() ? docx_output : docx_output.empty() ? output : output + ", " + docx_output;
  }
};

/// A plan to build, and the folder under the output folder its PDF goes into: where it stands below the folder named
/// on the command line (with -r), so that the outputs mirror a tree of per-unit folders; empty otherwise.
struct FoundPlan {
  std::string plan;
  fs::path subfolder;
};

bool is_plan_file(const fs::directory_entry& entry) {
  std::error_code error;
  return entry.is_regular_file(error) && entry.path().extension() == ".xml";
}

/// The plans of a folder: its *.xml; with `recursive`, those of its subfolders too (not of hidden ones such as .git,
/// nor through links to folders, which could lead round in a circle), each with the subfolder it stands in.
std::vector<FoundPlan> plans_in_folder(const fs::path& folder, bool recursive) {
  std::vector<FoundPlan> found;
  std::error_code error;
  if (!recursive) {
    for (const auto& entry : fs::directory_iterator(folder, error)) {
      if (is_plan_file(entry)) found.push_back({entry.path().string(), {}});
    }
  } else {
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end;
    for (; !error && it != end; it.increment(error)) {
      if (it->is_directory(error) && it->path().filename().string().starts_with(".")) {
        it.disable_recursion_pending();
      } else if (is_plan_file(*it)) {
        found.push_back({it->path().string(), it->path().parent_path().lexically_relative(folder)});
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const FoundPlan& a, const FoundPlan& b) { return a.plan < b.plan; });
  for (FoundPlan& plan : found) {
    if (plan.subfolder == ".") plan.subfolder.clear();
  }
  return found;
}

/// How many subfolders of `folder` hold plans of their own, somewhere below them.
std::size_t subfolders_with_plans(const fs::path& folder) {
  std::size_t count = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.is_directory(error) && !entry.path().filename().string().starts_with(".") &&
        !plans_in_folder(entry.path(), true).empty()) {
      ++count;
    }
  }
  return count;
}

/// The plans an INPUT names, in a stable order; problems (a missing file) go to `problems`.
void collect(const std::string& input, bool recursive, std::vector<FoundPlan>& plans, std::vector<std::string>& problems) {
  std::error_code error;
  if (fs::is_directory(input, error)) {
    std::vector<FoundPlan> found = plans_in_folder(input, recursive);
    if (found.empty()) {
      const std::size_t below = recursive ? 0 : subfolders_with_plans(input);
      problems.push_back(problem_line(
          diag::Severity::error, input,
          below == 0 ? text::tr("the folder holds no plan (*.xml)")
                     : text::tr_plural("the folder holds no plan (*.xml) itself, but {} subfolder does; naskah batch -r "
                                       "builds the plans of subfolders",
                                       "the folder holds no plan (*.xml) itself, but {} of its subfolders do; naskah "
                                       "batch -r builds the plans of subfolders",
                                       below, below)));
    }
    plans.insert(plans.end(), found.begin(), found.end());
    return;
  }
  if (!fs::is_regular_file(input, error)) {
    problems.push_back(problem_line(diag::Severity::error, input, text::tr("no such file or folder")));
    return;
  }
  if (fs::path(input).extension() != ".txt") {
    plans.push_back({input, {}});
    return;
  }
  io::SourceFile file = io::read_source_file(input, max_manifest_bytes);
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
    plans.push_back({plan.string(), {}});
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
      std::cerr << fmt::format("[{}/{}] {} {} → {}\n", done_, total_, what, job.plan, job.outputs());
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

int run_batch(const ParsedArgs& args) {
  const std::vector<std::string>& inputs = args.operands();
  const std::string output_dir = args.value_or_empty("--output");
  BuildRequest options;  // what every plan's build is asked for; the plan and its output are each job's
  if (auto bad = read_build_options(args, options)) return *bad;
  if (auto bad = check_formats(args, options)) return *bad;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  if (const auto given = args.value("--jobs")) {
    const plan::Parsed<int> n = plan::parse_whole_number(*given, 1, 256);
    if (!n) return usage_error("batch", text::tr("-j {}: give a number of jobs from 1 to 256", *given));
    jobs = static_cast<unsigned>(*n.value);
  }
  if (inputs.empty()) return usage_error("batch", text::tr("name the plans, folders or manifests to build"));
  // With a worker on every core, each builds its plans on its own thread, which keeps the allocator's cache for
  // many plans (memory_settings.hpp); started again for it before anything is read (a manifest may be a pipe).
  if (jobs >= std::thread::hardware_concurrency()) start_again_for_many_plans();

  // The plans, and where each PDF goes; two plans may not write one file.
  std::vector<FoundPlan> plans;
  std::vector<std::string> problems;
  for (const std::string& input : inputs) collect(input, args.flag("--recursive"), plans, problems);
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
  std::vector<InputFile> plan_files;
  for (const FoundPlan& found : plans) plan_files.push_back({found.plan, text::tr_mark("the plan")});
  const InputFiles all_plans(std::move(plan_files));
  for (const FoundPlan& found : plans) {
    const std::string& plan = found.plan;
    // The plan's outputs: named after it, beside it or in the output folder.
    auto named = [&](const char* extension) {
      fs::path file = fs::path(plan).filename().replace_extension(extension);
      return output_dir.empty() ? fs::path(plan).replace_extension(extension).string()
                                : (fs::path(output_dir) / found.subfolder / file).string();
    };
    Job job{plan, options.formats.pdf ? named(".pdf") : "", options.formats.docx ? named(".docx") : ""};
    const std::string& output = job.output.empty() ? job.docx_output : job.output;
    auto [at, fresh] = claimed.emplace(fs::weakly_canonical(output).string(), plan);
    if (!fresh) {
      if (at->second == plan) continue;  // named twice
      std::cerr << text::tr("naskah batch: {} and {} would both write {}; build them into different folders", at->second,
                            plan, output)
                << "\n";
      return exit_usage;
    }
    // Another plan of the run is as much an input as the job's own (each build refuses its own inputs itself).
    for (const std::string* file : {&job.output, &job.docx_output}) {
      if (file->empty()) continue;
      if (auto reason = all_plans.written_over_by(*file)) {
        std::cerr << problem_line(diag::Severity::error, *file, *reason) << "\n";
        return exit_usage;
      }
    }
    if (!found.subfolder.empty()) {
      std::error_code error;
      fs::create_directories(fs::path(output).parent_path(), error);
      if (error) {
        std::cerr << text::tr("naskah batch: cannot make the output folder {}: {}", fs::path(output).parent_path().string(),
                              error.message())
                  << "\n";
        return exit_usage;
      }
    }
    queue.push_back(std::move(job));
  }

  catch_stop_signals(request_stop);

  BuildResources resources;
  // A core that no worker uses draws the PDFs while layout goes on.
  resources.draw_alongside_layout(std::min<std::size_t>(jobs, queue.size()) < std::thread::hardware_concurrency());
  Progress progress(queue.size(), isatty(STDERR_FILENO) != 0);
  std::vector<BuildReport> reports(queue.size());
  std::vector<char> attempted(queue.size(), 0);  // not vector<bool>: threads write neighbouring entries
  // Each PDF is flushed to disk and renamed into place on a thread of its own while the worker goes on to its next
  // plan; what failed there is told here, and added to the plan's report once every file is placed.
  io::FilesPutInPlace placer;
  std::vector<std::optional<std::string>> not_placed(queue.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t k = next++; k < queue.size() && !stop_requested.load(); k = next++) {
      attempted[k] = 1;
      BuildRequest request = options;
      request.plan_path = queue[k].plan;
      request.output = queue[k].output;
      request.docx_output = queue[k].docx_output;
      request.placer = &placer;
      request.placed = [&not_placed, k](const std::optional<std::string>& problem) { not_placed[k] = problem; };
      reports[k] = build_plan(request, resources, &stop_requested);
      progress.finished(queue[k], reports[k]);
    }
  };
  std::vector<std::thread> threads;
  const unsigned count = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(queue.size(), 1)));
  for (unsigned t = 1; t < count; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& thread : threads) thread.join();
  placer.finish();
  for (std::size_t k = 0; k < queue.size(); ++k) reports[k].placed(queue[k].output, not_placed[k]);
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

}  // namespace

const CommandSpec& batch_command() {
  static const CommandSpec command{
      "batch",
      text::tr_mark(R"(usage: naskah batch [OPTIONS] INPUT...

Checks and builds many plans, each on its own: a broken plan is reported and the others still finish.
An INPUT is a folder (every *.xml in it; with -r, in its subfolders too), a plan, or a manifest (a .txt
file naming one plan per line, relative to the manifest; empty lines and lines starting with # are skipped).
)"),
      text::tr_mark(R"(On a terminal a progress bar shows what is done; otherwise a line per plan. A summary ends the run: how many
plans were built, with warnings, failed, and the first problem of each failure. SIGINT (Ctrl-C) or SIGTERM
stops the run: no PDF is left half-written.

Exit status: 0 all built, 1 a plan failed, 2 bad usage, 130/143 interrupted by SIGINT/SIGTERM.
Examples:
  naskah batch -j 2 -o pdf/ plans/
  naskah batch -r -o pdf/ units/          (units/dinkes/rkt-2025.xml → pdf/dinkes/rkt-2025.pdf)
  naskah batch --format pdf,docx -o out/ plans/   (each plan's PDF and its editable DOCX)
)"),
      {{nullptr,
        with_build_options(
            {{"-j,--jobs", text::tr_mark("N"), text::tr_mark("how many plans are built at once (default: the number of cores)"),
              ValueKind::text},
             {"-o,--output", text::tr_mark("DIR"),
              text::tr_mark("where the PDFs (and DOCX files) go, named after their plans, in the\n"
                            "subfolders the plans stand in below a folder INPUT (default: beside each plan)"),
              ValueKind::folder},
             {"-r,--recursive", nullptr,
              text::tr_mark("look for plans in the subfolders of a folder INPUT too, one per unit")}},
            text::tr_mark("the template for every plan (default: each plan's template=\"…\")"),
            text::tr_mark("treat warnings as errors: no PDF for a plan that is not clean"))}},
      ValueKind::plan_input,
      run_batch};
  return command;
}

}  // namespace naskah::cli
