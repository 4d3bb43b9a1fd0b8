#pragma once
/// The first plan of a unit that has none yet, as `naskah init` without --from writes it (docs/init.md): the plan
/// format's skeleton with the facts given, commented places for the rest, and nothing invented.
///
/// What the planner did not give is written empty where the format allows it (the signatory's facts, which naskah
/// check then lists as signatory-missing) and commented out where it is optional (singkatan, logo, pangkat, the
/// atasan, last year's evaluasi). The chapters come from the template's standard text; the evaluation subbab is left
/// out, as a first plan has no evaluasi. The rencana is empty, with a commented example: naskah import fills it
/// from a spreadsheet (docs/spreadsheets.md). The plan parses without errors, validates against the schema, and builds.

#include <string>
#include <string_view>

namespace naskah::plan {

struct FirstPlanFacts {
  int tahun = 0;
  std::string instansi;   ///< the unit's nama
  std::string singkatan;  ///< empty: not given
  std::string daerah;
  // The signatory; an empty one is written empty, to fill in. nip and tanggal as parse_nip and parse_iso_date read.
  std::string jabatan;
  std::string penandatangan;
  std::string nip;
  std::string pangkat;
  std::string tempat;
  std::string tanggal;
};

/// The plan's text. With a `schema_location` (the XSD's URI) the root names it (xsi:schemaLocation) for XSD-aware
/// editors (docs/editing.md).
std::string make_first_plan(const FirstPlanFacts& facts, std::string_view schema_location = {});

}  // namespace naskah::plan
