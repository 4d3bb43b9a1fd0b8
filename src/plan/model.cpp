#include "naskah/plan/model.hpp"

#include <fmt/format.h>

namespace naskah::plan {

std::string path_name(const Program& program) { return fmt::format("program {}", program.nomor.value); }

std::string path_name(const Program& program, const Kegiatan& kegiatan) {
  return fmt::format("kegiatan {}.{}", program.nomor.value, kegiatan.nomor.value);
}

std::string path_name(const Program& program, const Kegiatan& kegiatan, const SubKegiatan& sub) {
  return fmt::format("sub kegiatan {}.{}.{}", program.nomor.value, kegiatan.nomor.value, sub.nomor.value);
}

const char* status_name(Status status) { return status == Status::tercapai ? "Tercapai" : "Tidak Tercapai"; }

}  // namespace naskah::plan
