// The tests build DOCX through cli::build_plan and serve's PlanService as naskah-full does, which hands the DOCX
// writer to the builds in its main (src/cli/plan_build.hpp, use_docx_writer); here, once, before any test runs.
#include "naskah/docx/docx_writer.hpp"
#include "plan_build.hpp"

namespace {

const bool docx_writer_handed_in = (naskah::cli::use_docx_writer(&naskah::docx::write_docx), true);

}  // namespace
