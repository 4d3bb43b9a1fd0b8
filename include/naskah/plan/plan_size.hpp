#pragma once
// The size of a plan file naskah reads, alone in a header of its own: what reads a plan out of another file (an
// archived PDF's attachment) bounds it the same way without the parser's headers.

#include <cstddef>

namespace naskah::plan {

/// The largest plan file read (a plan of 50.000 sub kegiatan is about 15 MB).
inline constexpr std::size_t max_plan_bytes = 64u * 1024u * 1024u;

}  // namespace naskah::plan
