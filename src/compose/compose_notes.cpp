// Notes on stated figures. Where a plan states an anggaran that its sub kegiatan do not add up to (program 2 of the
// seed states Rp 17.903.779.061, its rows Rp 16.487.571.661), the documents print the stated figure — the regent
// signs what the plan says — and tell the reader so: the figure carries a mark, "*)", and a note under the table or
// the text that prints it gives both figures and the selisih. The annex's matrix, the Perjanjian Kinerja's item
// tables, the standard text's {program.anggaran} and the revision's changes all mark and note so, through these.

#include <fmt/format.h>

#include <algorithm>

#include "composer.hpp"
#include "naskah/text/indonesian_format.hpp"

namespace naskah::compose::detail {

std::string note_mark(std::size_t n) { return n <= 3 ? std::string(n, '*') + ")" : fmt::format("*{})", n); }

std::string Composer::stated_difference_mark(const StatedDifference& difference) {
  if (printed_ == nullptr) return "";
  std::vector<StatedDifference>& noted = printed_->differences;
  // A figure printed twice in one text (a program's anggaran in two columns) is one note.
  auto same = std::find_if(noted.begin(), noted.end(), [&](const StatedDifference& d) {
    return d.pos.line == difference.pos.line && d.pos.column == difference.pos.column && d.what == difference.what;
  });
  if (same == noted.end()) same = noted.insert(noted.end(), difference);
  return " " + note_mark(static_cast<std::size_t>(same - noted.begin()) + 1);
}

void Composer::stated_difference_notes(const std::vector<StatedDifference>& differences, std::size_t style_index,
                                       std::vector<Block>& out) {
  // Document text, Indonesian by nature: never translated.
  for (std::size_t i = 0; i < differences.size(); ++i) {
    const StatedDifference& d = differences[i];
    const std::int64_t gap = d.stated.value - d.computed.value;
    const bool spent = d.figure == StatedDifference::Figure::realisasi;
    const std::string text = fmt::format(
        "{} {} {} tertulis dalam rencana {}, sedangkan jumlah {} sub kegiatannya {}; selisih {}.", note_mark(i + 1),
        spent ? "Realisasi anggaran" : "Anggaran", d.what, text::format_rupiah(d.stated.value),
        spent ? "realisasi" : "anggaran", text::format_rupiah(d.computed.value), text::format_rupiah(gap < 0 ? -gap : gap));
    Paragraph note;
    note.spans = spans({Segment{text, 0, plan_location(d.pos)}}, style(style_index));
    note.style = style(style_index).paragraph;
    note.style.first_indent = 0;
    note.style.space_before = i == 0 ? style(style_index).size : 0;
    out.emplace_back(std::move(note));
  }
}

}  // namespace naskah::compose::detail
