#pragma once
// Internal to the PDF writer: DEFLATE in zlib's framing (RFC 1950), which a PDF reader undoes with /FlateDecode.
// libdeflate compresses a whole buffer at once, two to three times as fast as zlib at a comparable ratio; page
// content, embedded fonts and images all go through here.

#include <string>
#include <string_view>
#include <vector>

namespace naskah::pdf {

/// The bytes deflated into `out`, whose memory is reused from call to call; false when compression fails.
[[nodiscard]] bool deflate(std::string_view bytes, std::string& out);

/// As deflate, but a stream seen before in this process (the same font subset, colour profile or image in every
/// plan of a batch) is compressed once: large streams are remembered, up to a bound, with what they became.
[[nodiscard]] bool deflate_remembered(std::string_view bytes, std::string& out);

/// Each stream replaced by what deflate_remembered makes of it, or emptied when it cannot be compressed. With
/// `two_threads`, a thread beside this one takes half of them, when they are large enough to be worth it: a
/// document's font files are its largest streams, and while they are compressed nothing else is left to do.
void deflate_remembered_all(std::vector<std::string>& streams, bool two_threads);

}  // namespace naskah::pdf
