#include "naskah/plan/printed_anggaran.hpp"

#include "naskah/plan/totals.hpp"

namespace naskah::plan {

PrintedAnggaran printed_anggaran(const Program& program) { return {program.anggaran, total_of(program)}; }

PrintedAnggaran printed_anggaran(const Kegiatan& kegiatan) { return {kegiatan.anggaran, total_of(kegiatan)}; }

PrintedAnggaran printed_anggaran(const Rencana& rencana) { return {rencana.anggaran, total_of(rencana)}; }

}  // namespace naskah::plan
