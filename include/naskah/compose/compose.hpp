#pragma once
/// Composition: a plan and a template become the document tree (compose/document.hpp) that layout sets on pages.
/// Everything is decided here that does not need measuring: which texts stand where and in which style, every
/// placeholder filled in, every number and list label written, the table of contents' entries, the outline, the
/// metadata. Composition knows nothing of layout's internals or of the PDF writer.
///
/// An RKT has four page sequences, each when the template has its part:
///   1. the cover — no page numbers, labelled "Sampul";
///   2. the front matter, numbered i, ii, …: KATA PENGANTAR closed by the signature block, then DAFTAR ISI on a new
///      page;
///   3. the body, numbered 1, 2, … from 1: each BAB (the template's standard text with the plan's own merged in) on
///      a new page, the evaluation table at <tabel-evaluasi/>;
///   4. LAMPIRAN on the template's annex pages (landscape), numbered on from the body: its heading, the title and
///      the RKT matrix (a Table: header, row of column numbers, a row per sub kegiatan, JUMLAH and TOTAL rows);
/// then a sequence for each <part> of the template (the Perjanjian Kinerja is two parts and nothing else).
/// Figures the tables print are computed, never copied from the plan: a program's ANGGARAN and the sums from the
/// sub kegiatan, Capaian and Keterangan from Target and Realisasi.
///
/// Contract with layout: a '\n' inside a Span's text is a forced line break (the line before it is not justified);
/// a Paragraph's label is set in its hanging indent; spans never hold a placeholder.

#include <optional>
#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/compose/template.hpp"
#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/model.hpp"
#include "naskah/plan/plan_diff.hpp"
#include "naskah/text/font_set.hpp"

namespace naskah::compose {

/// The folders whose fonts/families.conf maps the template's font families to files, in the order
/// text::resolve_family searches them: the tree the template belongs to (its folder's grandparent: templates/rkt
/// → .) and then `source_dir` (the naskah source or data folder). fontconfig comes after both.
std::vector<std::string> font_search_dirs(const Template& t, const std::string& source_dir);

/// The papers of Indonesian offices: A4 (210 × 297 mm) and F4, folio (215 × 330 mm).
enum class Paper { a4, f4 };

/// The template on another paper: every page of it (the body's, the annex's, its parts') that size, each keeping
/// its orientation and margins. Column widths given as shares of the text width follow.
Template with_paper(const Template& t, Paper paper);

/// Composes the plan. Each template font family is resolved (text::resolve_family over `font_dirs`) and added to
/// `fonts` — reused when the set already holds it. Problems go to `out`: a family that cannot be resolved or read
/// [font] (the document is then empty), a character the font lacks [missing-glyph] at the plan position of the
/// paragraph, list item or fact it came from, a logo file that is missing or not PNG/JPEG [logo]; and a warning
/// [template-table] when the template has no table for <tabel-evaluasi/> or the annex (or the plan no <evaluasi>).
Document compose_document(const plan::Plan& plan, const Template& t, text::FontSet& fonts,
                          const std::vector<std::string>& font_dirs, diag::Diagnostics& out);

/// Where the plan's logo is (<instansi logo="…">, relative to the plan's file), or nothing when it names none.
std::optional<std::string> logo_file(const plan::Plan& plan);

/// The changes of a revision (plan::diff_plans of the old and the new plan) as a document of their own: a title and
/// one table on the template's annex pages, in the look of its matrix — each change with sebelum, sesudah and
/// selisih, then each program's sum and the total. An error [template-table] when the template has no matrix.
Document compose_changes(const plan::PlanDiff& diff, const plan::Plan& after, const Template& t, text::FontSet& fonts,
                         const std::vector<std::string>& font_dirs, diag::Diagnostics& out);

/// A number as a list or heading label writes it: (3, arabic) → "3", lower_alpha → "c", upper_alpha → "C",
/// lower_roman → "iii", upper_roman → "III". Letters go on as aa, ab, … after z; Roman numerals above 3999 (and
/// anything below 1) fall back to digits.
std::string format_number(int number, plan::NumberStyle style);

/// A list label: every '#' of the format ("#.", "(#)", "#)") replaced by the number: ("(#)", 1, arabic) → "(1)".
std::string format_label(const std::string& format, int number, plan::NumberStyle style);

}  // namespace naskah::compose
