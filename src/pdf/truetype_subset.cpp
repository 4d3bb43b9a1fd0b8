#include "truetype_subset.hpp"

#include <array>
#include <bit>
#include <cstring>
#include <cstdint>
#include <vector>

namespace naskah::pdf {
namespace {

/// The tables embedded, those libharu embeds, in the order of their tags (a font's directory is sorted so).
constexpr std::array<std::string_view, 13> embedded_tables = {"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea",
                                                              "hmtx", "loca", "maxp", "name", "post", "prep"};

/// The hinting programs and their values, which a font may lack; every other table embedded is needed.
bool may_lack(std::string_view tag) { return tag == "cvt " || tag == "fpgm" || tag == "prep"; }

std::uint16_t u16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(bytes[at]) << 8) | static_cast<unsigned char>(bytes[at + 1]));
}

std::uint32_t u32(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(u16(bytes, at)) << 16 | u16(bytes, at + 2);
}

void put16(std::string& out, std::uint32_t value) {
  out.push_back(static_cast<char>((value >> 8) & 0xFF));
  out.push_back(static_cast<char>(value & 0xFF));
}

void put32(std::string& out, std::uint32_t value) {
  put16(out, value >> 16);
  put16(out, value & 0xFFFF);
}

void set32(std::string& out, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
}

/// The TrueType checksum: the sum of the bytes as big-endian 32-bit words, the last one padded with zeros.
std::uint32_t checksum(std::string_view bytes) {
  std::uint32_t sum = 0;
  std::size_t at = 0;
  // Word by word as the machine loads them, turned big-endian: a subset's checksums read every byte twice (its
  // tables, then the whole file for head's adjustment), and byte by byte that was a third of making it.
  for (; at + 4 <= bytes.size(); at += 4) {
    std::uint32_t word = 0;
    std::memcpy(&word, bytes.data() + at, sizeof word);
    if constexpr (std::endian::native == std::endian::little) word = __builtin_bswap32(word);
    sum += word;
  }
  if (at < bytes.size()) {
    std::uint32_t last = 0;
    for (std::size_t i = 0; i < 4; ++i) last = last << 8 | (at + i < bytes.size() ? static_cast<unsigned char>(bytes[at + i]) : 0u);
    sum += last;
  }
  return sum;
}

/// The font's tables by tag, each within the file.
class TableDirectory {
 public:
  explicit TableDirectory(std::string_view font) : font_(font) {
    if (font.size() < 12) return;
    const std::size_t count = u16(font, 4);
    if (font.size() < 12 + 16 * count) return;
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t record = 12 + 16 * i;
      const std::uint64_t offset = u32(font, record + 8), length = u32(font, record + 12);
      if (offset + length > font.size()) return;  // a font cut short: libharu reports it
      tables_.push_back({font.substr(record, 4), font.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(length))});
    }
    valid_ = true;
  }

  [[nodiscard]] bool valid() const { return valid_; }
  [[nodiscard]] std::uint32_t version() const { return u32(font_, 0); }

  [[nodiscard]] std::optional<std::string_view> find(std::string_view tag) const {
    for (const auto& [name, bytes] : tables_) {
      if (name == tag) return bytes;
    }
    return std::nullopt;
  }

 private:
  std::string_view font_;
  std::vector<std::pair<std::string_view, std::string_view>> tables_;
  bool valid_ = false;
};

/// Where each glyph starts in glyf, and where the last ends (loca), as byte offsets; nothing when loca does not
/// fit glyf.
std::optional<std::vector<std::uint32_t>> glyph_offsets(std::string_view loca, bool long_offsets, std::size_t glyphs,
                                                        std::size_t glyf_size) {
  if (loca.size() < (glyphs + 1) * (long_offsets ? 4 : 2)) return std::nullopt;
  std::vector<std::uint32_t> offsets(glyphs + 1);
  for (std::size_t g = 0; g <= glyphs; ++g) {
    offsets[g] = long_offsets ? u32(loca, 4 * g) : 2u * u16(loca, 2 * g);
    if (offsets[g] > glyf_size || (g > 0 && offsets[g] < offsets[g - 1])) return std::nullopt;
  }
  return offsets;
}

/// The glyphs to keep: those used, .notdef, and the parts of every composite glyph kept, at any depth.
std::vector<unsigned char> kept_glyphs(std::span<const unsigned char> used, std::string_view glyf,
                                       const std::vector<std::uint32_t>& offsets) {
  const std::size_t glyphs = offsets.size() - 1;
  std::vector<unsigned char> keep(glyphs, 0);
  std::vector<std::size_t> pending;
  auto add = [&](std::size_t glyph) {
    if (glyph < glyphs && keep[glyph] == 0) {
      keep[glyph] = 1;
      pending.push_back(glyph);
    }
  };
  add(0);
  for (std::size_t g = 0; g < used.size(); ++g) {
    if (used[g] != 0) add(g);
  }
  // A composite glyph (fewer than zero contours) lists its parts after its ten-byte header.
  constexpr std::uint16_t words = 0x0001, scale = 0x0008, more = 0x0020, xy_scale = 0x0040, two_by_two = 0x0080;
  while (!pending.empty()) {
    const std::size_t glyph = pending.back();
    pending.pop_back();
    const std::string_view bytes = glyf.substr(offsets[glyph], offsets[glyph + 1] - offsets[glyph]);
    if (bytes.size() < 10 || static_cast<std::int16_t>(u16(bytes, 0)) >= 0) continue;
    std::size_t at = 10;
    std::uint16_t flags = more;
    while ((flags & more) != 0 && at + 4 <= bytes.size()) {
      flags = u16(bytes, at);
      add(u16(bytes, at + 2));
      at += 4 + ((flags & words) != 0 ? 4 : 2);
      at += (flags & scale) != 0 ? 2 : (flags & xy_scale) != 0 ? 4 : (flags & two_by_two) != 0 ? 8 : 0;
    }
  }
  return keep;
}

/// The name table with `tag` before the family and full names (IDs 1 and 4): in UTF-16BE for the Unicode and
/// Windows platforms (0 and 3), as it is for the others. Language-tag records (format 1) are not kept.
std::optional<std::string> tagged_names(std::string_view name, std::string_view tag) {
  if (name.size() < 6) return std::nullopt;
  const std::size_t count = u16(name, 2), storage = u16(name, 4);
  if (name.size() < 6 + 12 * count) return std::nullopt;
  std::string wide_tag;
  for (char c : tag) {
    wide_tag.push_back('\0');
    wide_tag.push_back(c);
  }
  std::string records, strings;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = 6 + 12 * i;
    const std::size_t length = u16(name, record + 8), offset = storage + u16(name, record + 10);
    if (offset + length > name.size()) return std::nullopt;
    const std::uint16_t platform = u16(name, record), name_id = u16(name, record + 6);
    const std::size_t start = strings.size();
    if (name_id == 1 || name_id == 4) strings += platform == 0 || platform == 3 ? wide_tag : std::string(tag);
    strings.append(name.substr(offset, length));
    records.append(name.substr(record, 8));  // platform, encoding, language, name IDs
    put16(records, static_cast<std::uint32_t>(strings.size() - start));
    put16(records, static_cast<std::uint32_t>(start));
  }
  std::string out;
  put16(out, 0);
  put16(out, static_cast<std::uint32_t>(count));
  put16(out, static_cast<std::uint32_t>(6 + 12 * count));
  return out + records + strings;
}

/// The post table without its glyph names (version 3): a PDF reaches a TrueType font's glyphs through its cmap,
/// and the names were two fifths of the font file embedded.
std::string nameless_post(std::string_view post) {
  std::string out(post.substr(0, 32));
  set32(out, 0, 0x00030000u);
  return out;
}

}  // namespace

std::optional<std::string> subset_truetype(const TrueTypeSubsetRequest& request) {
  const TableDirectory font(request.font);
  if (!font.valid()) return std::nullopt;
  const auto head = font.find("head"), maxp = font.find("maxp"), loca = font.find("loca"), glyf = font.find("glyf"),
             name = font.find("name");
  if (!head || head->size() < 54 || !maxp || maxp->size() < 6 || !loca || !glyf || !name) return std::nullopt;
  const bool long_offsets = u16(*head, 50) != 0;
  const auto offsets = glyph_offsets(*loca, long_offsets, u16(*maxp, 4), glyf->size());
  if (!offsets) return std::nullopt;
  const std::vector<unsigned char> keep = kept_glyphs(request.used, *glyf, *offsets);

  // The kept glyphs in their places; an emptied glyph starts and ends where the next kept one starts.
  std::string new_glyf, new_loca;
  for (std::size_t g = 0; g <= keep.size(); ++g) {
    const auto at = static_cast<std::uint32_t>(new_glyf.size());
    long_offsets ? put32(new_loca, at) : put16(new_loca, at / 2);
    if (g < keep.size() && keep[g] != 0) new_glyf.append(glyf->substr((*offsets)[g], (*offsets)[g + 1] - (*offsets)[g]));
  }
  const std::optional<std::string> new_name = tagged_names(*name, request.tag);
  if (!new_name) return std::nullopt;
  std::string new_head(*head);
  set32(new_head, 8, 0);  // checkSumAdjustment, set once the whole file is made
  const auto post = font.find("post");
  if (!post || post->size() < 32) return std::nullopt;
  const std::string new_post = nameless_post(*post);

  std::vector<std::pair<std::string_view, std::string_view>> tables;
  for (std::string_view tag : embedded_tables) {
    std::optional<std::string_view> bytes = tag == "glyf"   ? std::optional<std::string_view>(new_glyf)
                                            : tag == "loca" ? std::optional<std::string_view>(new_loca)
                                            : tag == "name" ? std::optional<std::string_view>(*new_name)
                                            : tag == "head" ? std::optional<std::string_view>(new_head)
                                            : tag == "post" ? std::optional<std::string_view>(new_post)
                                                            : font.find(tag);
    if (!bytes) {
      if (may_lack(tag)) continue;
      return std::nullopt;
    }
    tables.emplace_back(tag, *bytes);
  }

  // The directory, whose search fields a reader may use for a binary search, then the tables on four bytes each.
  const std::size_t count = tables.size();
  std::uint32_t power = 1, log2 = 0;
  while (power * 2 <= count) {
    power *= 2;
    ++log2;
  }
  std::string out;
  put32(out, font.version());
  put16(out, static_cast<std::uint32_t>(count));
  put16(out, power * 16);
  put16(out, log2);
  put16(out, static_cast<std::uint32_t>(count * 16 - power * 16));
  std::size_t offset = 12 + 16 * count;
  std::size_t head_at = 0;
  for (const auto& [tag, bytes] : tables) {
    out.append(tag);
    put32(out, checksum(bytes));
    put32(out, static_cast<std::uint32_t>(offset));
    put32(out, static_cast<std::uint32_t>(bytes.size()));
    if (tag == "head") head_at = offset;
    offset += (bytes.size() + 3) / 4 * 4;
  }
  out.reserve(offset);
  for (const auto& [tag, bytes] : tables) {
    out.append(bytes);
    out.append((4 - bytes.size() % 4) % 4, '\0');
  }
  set32(out, head_at + 8, 0xB1B0AFBAu - checksum(out));
  return out;
}

}  // namespace naskah::pdf
