#include "plan_or_archive.hpp"

#include "naskah/pdf/archived_plan.hpp"

namespace naskah::cli {

plan::ParseResult parse_plan_or_archive(const std::string& path) {
  if (!pdf::looks_like_pdf(path)) return plan::parse_plan_file(path);
  try {
    const pdf::ArchivedPlan archived = pdf::read_archived_plan(path);
    return plan::parse_plan_text(archived.bytes, path);
  } catch (const pdf::ArchiveError& e) {
    plan::ParseResult result;
    result.diagnostics.error({path, 0, 0}, "archive", e.what());
    return result;
  }
}

}  // namespace naskah::cli
