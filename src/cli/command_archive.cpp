// naskah archive PDF… --into DIR: files archived documents (PDF/A-3b with their plan inside) as
// DIR/{tahun}/{daerah}/{instansi}/{document}.pdf and lists them in DIR/MANIFEST.tsv; naskah archive --verify DIR
// checks every file against the manifest and its own embedded plan. Every file is written whole or not at all,
// none is ever replaced, and a second run of the same command changes nothing: an office can run it every
// evening over its output folder.

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "command_line.hpp"
#include "commands.hpp"
#include "stop_signals.hpp"
#include "naskah/archive/archive_path.hpp"
#include "naskah/archive/manifest.hpp"
#include "naskah/archive/sha256.hpp"
#include "naskah/pdf/archived_plan.hpp"
#include "naskah/io/atomic_file.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/io/source_file.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* manifest_name = "MANIFEST.tsv";
/// The largest PDF filed: an annex of 100,000 sub kegiatan makes some 100 MB.
constexpr std::size_t max_archived_pdf_bytes = 1024u * 1024u * 1024u;
/// A manifest of some 4 million documents.
constexpr std::size_t max_manifest_bytes = 1024u * 1024u * 1024u;

std::atomic<int> stop_signal{0};
extern "C" void request_archive_stop(int signal_number) { stop_signal.store(signal_number); }

void error(const std::string& place, const std::string& message) {
  std::cerr << problem_line(diag::Severity::error, place, message) << "\n";
}

/// The date a document is first filed: SOURCE_DATE_EPOCH's when it is set (reproducible runs), else today's (UTC).
std::string today() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

/// "0.9.0" of "naskah 0.9.0 (libharu 2.3.0)"; empty for another producer.
std::string naskah_version_of(const std::string& producer) {
  constexpr std::string_view prefix = "naskah ";
  if (producer.rfind(prefix, 0) != 0) return {};
  const std::string rest = producer.substr(prefix.size());
  return rest.substr(0, rest.find(' '));
}

/// The manifest's rows by path; nothing, with the problem said, when it exists but cannot be read.
std::optional<std::map<std::string, archive::ManifestRow>> read_manifest(const std::string& path, bool required) {
  std::map<std::string, archive::ManifestRow> rows;
  std::error_code missing;
  if (!fs::exists(path, missing)) {
    if (required) error(path, text::tr("no manifest: is this a folder that naskah archive --into made?"));
    return required ? std::nullopt : std::optional(rows);
  }
  io::SourceFile file = io::read_source_file(path, max_manifest_bytes);
  if (!file.bytes) {
    error(path, file.too_large ? text::tr("the manifest is larger than 1 GB")
                               : text::tr("cannot read the manifest: {}", file.problem));
    return std::nullopt;
  }
  archive::ParsedManifest parsed = archive::parse_manifest(*file.bytes);
  if (parsed.bad_line) {
    error(fmt::format("{}:{}", path, *parsed.bad_line),
          text::tr("not a line of the manifest: nine fields separated by tabs, the year and revision numbers"));
    return std::nullopt;
  }
  for (archive::ManifestRow& row : parsed.rows) rows[row.path] = std::move(row);
  return rows;
}

/// What a PDF is filed as, from the plan it carries; nothing, with the problem said, when it carries none.
struct Filing {
  std::string bytes;
  archive::ManifestRow row;
};

std::optional<Filing> filing_of(const std::string& pdf_path, const std::string& date) {
  io::SourceFile file = io::read_source_file(pdf_path, max_archived_pdf_bytes);
  if (!file.bytes) {
    error(pdf_path, file.too_large ? text::tr("the PDF is larger than 1 GB") : text::tr("cannot read the file: {}", file.problem));
    return std::nullopt;
  }
  pdf::ArchivedPlan archived;
  try {
    archived = pdf::read_archived_plan(pdf_path);
  } catch (const pdf::ArchiveError& e) {
    error(pdf_path, e.what());
    return std::nullopt;
  }
  plan::ParseResult parsed = plan::parse_plan_text(archived.bytes, pdf_path);
  if (!parsed.plan || parsed.diagnostics.has_errors()) {
    error(pdf_path, text::tr("the plan it carries cannot be read: naskah extract {} shows it", pdf_path));
    return std::nullopt;
  }
  const plan::Plan& plan = *parsed.plan;
  archive::FiledDocument document{plan.tahun.value, plan.instansi.daerah, plan.instansi.nama,
                                  archived.template_name.empty() ? plan.template_name : archived.template_name,
                                  plan.perubahan ? plan.perubahan->value : 0};
  Filing filing;
  filing.row = {archive::archive_path(document), document.tahun, plan.instansi.nama, document.document,
                document.revision, archive::sha256_hex(*file.bytes), naskah_version_of(archived.producer),
                archived.template_sha256, date};
  filing.bytes = std::move(*file.bytes);
  return filing;
}

enum class Filed { written, already_there, refused };

/// Files one PDF: written when its place is free, left when the same document is there already, refused when
/// another is.
Filed file_one(const std::string& into, Filing filing, std::map<std::string, archive::ManifestRow>& rows) {
  const std::string target = (fs::path(into) / filing.row.path).string();
  std::error_code made;
  fs::create_directories(fs::path(target).parent_path(), made);
  bool written = false;
  try {
    written = io::write_new_file_atomically(target, filing.bytes);
  } catch (const io::FileError& e) {
    error(target, e.what());
    return Filed::refused;
  }
  if (!written) {
    io::SourceFile there = io::read_source_file(target, max_archived_pdf_bytes);
    if (!there.bytes || archive::sha256_hex(*there.bytes) != filing.row.sha256) {
      error(target, text::tr("another document is archived under this name; it is not replaced"));
      return Filed::refused;
    }
  }
  auto known = rows.find(filing.row.path);
  if (known == rows.end() || known->second.sha256 != filing.row.sha256) {
    rows[filing.row.path] = std::move(filing.row);
  }
  return written ? Filed::written : Filed::already_there;
}

int archive_documents(const ParsedArgs& args) {
  const std::string into = args.value_or_empty("--into");
  if (into.empty()) return usage_error("archive", text::tr("name the archive's folder with --into DIR"));
  if (args.operands().empty()) return usage_error("archive", text::tr("name the PDFs to archive"));
  const std::string manifest = (fs::path(into) / manifest_name).string();
  std::optional<std::map<std::string, archive::ManifestRow>> rows = read_manifest(manifest, false);
  if (!rows) return exit_input_errors;
  std::map<std::string, archive::ManifestRow> original = *rows;

  catch_stop_signals(request_archive_stop);

  const std::string date = today();
  std::size_t counts[3] = {};  // by Filed
  for (const std::string& pdf_path : args.operands()) {
    if (stop_signal.load() != 0) break;
    std::optional<Filing> filing = filing_of(pdf_path, date);
    ++counts[static_cast<int>(filing ? file_one(into, std::move(*filing), *rows) : Filed::refused)];
  }
  const std::size_t added = counts[static_cast<int>(Filed::written)];
  const std::size_t failed = counts[static_cast<int>(Filed::refused)];
  // The manifest last: a run stopped before it leaves files the next run finds whole and lists.
  if (*rows != original || !fs::exists(manifest)) {
    std::vector<archive::ManifestRow> listed;
    for (auto& [path, row] : *rows) listed.push_back(row);
    try {
      io::write_file_atomically(manifest, archive::manifest_text(std::move(listed)));
    } catch (const io::FileError& e) {
      error(manifest, e.what());
      return exit_input_errors;
    }
  }
  std::cerr << text::tr_plural("{} document filed, {} already there, {} refused",
                               "{} documents filed, {} already there, {} refused", added, added,
                               counts[static_cast<int>(Filed::already_there)], failed)
            << "\n";
  if (const int signal_number = stop_signal.load(); signal_number != 0) return 128 + signal_number;
  return failed > 0 ? exit_input_errors : exit_ok;
}

int verify_archive(const ParsedArgs& args) {
  if (args.operands().size() != 1) return usage_error("archive", text::tr("name the one archive folder to verify"));
  const std::string dir = args.operands().front();
  const std::string manifest = (fs::path(dir) / manifest_name).string();
  std::optional<std::map<std::string, archive::ManifestRow>> rows = read_manifest(manifest, true);
  if (!rows) return exit_input_errors;
  std::size_t problems = 0;
  for (const auto& [path, row] : *rows) {
    const std::string file = (fs::path(dir) / path).string();
    io::SourceFile there = io::read_source_file(file, max_archived_pdf_bytes);
    if (!there.bytes) {
      error(file, text::tr("missing: the manifest lists it"));
      ++problems;
    } else if (archive::sha256_hex(*there.bytes) != row.sha256) {
      error(file, text::tr("changed: its SHA-256 is not the manifest's"));
      ++problems;
    } else {
      try {
        (void)pdf::read_archived_plan(file);
      } catch (const pdf::ArchiveError& e) {
        error(file, e.what());
        ++problems;
      }
    }
  }
  std::error_code walk_error;
  for (fs::recursive_directory_iterator it(dir, walk_error), end; !walk_error && it != end; it.increment(walk_error)) {
    if (!it->is_regular_file()) continue;
    const std::string relative = fs::relative(it->path(), dir).generic_string();
    if (relative == manifest_name || rows->count(relative) > 0) continue;
    error(it->path().string(), text::tr("unknown: the manifest does not list it"));
    ++problems;
  }
  if (walk_error) {
    error(dir, text::tr("cannot read the folder: {}", walk_error.message()));
    ++problems;
  }
  std::cerr << text::tr_plural("{} document in the manifest, {} problems", "{} documents in the manifest, {} problems",
                               rows->size(), rows->size(), problems)
            << "\n";
  return problems > 0 ? exit_input_errors : exit_ok;
}

int run_archive(const ParsedArgs& args) {
  if (args.flag("--verify")) {
    if (args.value("--into")) return usage_error("archive", text::tr("--verify checks a folder; --into files PDFs into one"));
    return verify_archive(args);
  }
  return archive_documents(args);
}

}  // namespace

const CommandSpec& archive_command() {
  static const CommandSpec command{
      "archive",
      text::tr_mark(R"(usage: naskah archive PDF... --into DIR
       naskah archive --verify DIR

Files archived documents (naskah build --pdfa: PDF/A-3b with the plan inside) as
  DIR/TAHUN/DAERAH/INSTANSI/DOCUMENT.pdf
named from the plan each carries, and lists them in DIR/MANIFEST.tsv (path, year,
unit, document, revision, SHA-256, naskah version, template checksum, date filed).
A document already filed is left as it is; another document under the same name
is refused, never replaced. --verify checks every file against the manifest and
its embedded plan and reports files missing, changed or unknown.
)"),
      text::tr_mark(R"(Exit status: 0 done (or the archive is sound), 1 a PDF refused or a problem found, 2 bad usage;
128 + the signal's number when interrupted (the files filed until then are whole and listed).
Examples:
  naskah archive rkt-2024.pdf pk-2024.pdf --into /srv/arsip
  naskah archive --verify /srv/arsip
)"),
      {{nullptr,
        {{"--into", text::tr_mark("DIR"), text::tr_mark("the archive's folder (made when missing)"), ValueKind::folder},
         {"--verify", nullptr, text::tr_mark("check the archive DIR instead of filing")}}}},
      ValueKind::file,
      run_archive};
  return command;
}

}  // namespace naskah::cli
