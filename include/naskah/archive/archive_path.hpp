#pragma once
/// Where a document is filed in a yearly archive (naskah archive): {tahun}/{daerah}/{instansi}/{document}.pdf,
/// each name made safe and stable — the same plan is filed at the same place on every machine and in every
/// year to come, whatever characters its names hold.

#include <string>
#include <string_view>

namespace naskah::archive {

/// A name as a path component: ASCII letters (lower case) and digits, every other run of characters one '-',
/// none at either end, at most 80 characters; "tanpa-nama" when nothing is left. "Kabupaten Luwu Timur" gives
/// "kabupaten-luwu-timur"; "Sekretariat DPRD (Setwan)" gives "sekretariat-dprd-setwan".
[[nodiscard]] std::string safe_name(std::string_view name);

struct FiledDocument {
  int tahun = 0;
  std::string daerah;
  std::string instansi;
  std::string document;  ///< the template's name: "rkt", "perjanjian-kinerja"
  int revision = 0;      ///< perubahan="N"; 0 for the first version
};

/// "2024/kabupaten-luwu-timur/sekretariat-dewan-perwakilan-rakyat-daerah/rkt.pdf"; a revision is
/// "rkt-perubahan-1.pdf".
[[nodiscard]] std::string archive_path(const FiledDocument& document);

}  // namespace naskah::archive
