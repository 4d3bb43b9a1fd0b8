#include "plan_or_archive.hpp"

#include <cstdlib>

#include "full_program.hpp"
#include "naskah/pdf/archived_plan.hpp"

namespace naskah::cli {

plan::ParseResult parse_plan_or_archive(const std::string& path) {
  if (!pdf::looks_like_pdf(path)) return plan::parse_plan_file(path);
#ifndef NASKAH_FULL_PROGRAM
  // naskah hands a diff of PDFs to naskah-full before it starts (full_program.hpp); should one come this far, the
  // hand-over is made here, before anything is written.
  std::exit(become_full_program());
#else
  try {
    const pdf::ArchivedPlan archived = pdf::read_archived_plan(path);
    return plan::parse_plan_text(archived.bytes, path);
  } catch (const pdf::ArchiveError& e) {
    plan::ParseResult result;
    result.diagnostics.error({path, 0, 0}, "archive", e.what());
    return result;
  }
#endif
}

}  // namespace naskah::cli
