#pragma once
// Internal to the PDF writer: zlib's deflate (RFC 1950 framing), which a PDF reader undoes with /FlateDecode.

#include <string>
#include <string_view>

namespace naskah::pdf {

/// The bytes deflated at zlib's default level (as libharu compresses its own streams) into `out`, whose memory is
/// reused from call to call; false when zlib fails.
[[nodiscard]] bool deflate(std::string_view bytes, std::string& out);

}  // namespace naskah::pdf
