#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "naskah/text/read_up_to.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"
#include "truetype_font.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>

#include <fmt/format.h>

// Table layouts follow the OpenType specification (https://learn.microsoft.com/typography/opentype/spec/), chapters
// "The OpenType font file" (table directory), head, hhea, maxp, hmtx, cmap and name. All values are big-endian.
// What libharu 2.3.0 does is quoted from its src/hpdf_fontdef_tt.c (tag RELEASE_2_3_0).

namespace naskah::text {
namespace {

/// A checked, big-endian window on the file's bytes: every read outside it throws "<file>: <what>: …".
class View {
 public:
  View(const std::uint8_t* data, std::size_t size, std::string what, const std::string& file)
      : data_(data), size_(size), what_(std::move(what)), file_(&file) {}

  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] std::uint16_t u16(std::size_t at) const {
    need(at, 2);
    return static_cast<std::uint16_t>(data_[at] << 8 | data_[at + 1]);
  }
  [[nodiscard]] std::int16_t i16(std::size_t at) const { return static_cast<std::int16_t>(u16(at)); }
  [[nodiscard]] std::uint32_t u32(std::size_t at) const {
    return static_cast<std::uint32_t>(u16(at)) << 16 | u16(at + 2);
  }
  [[nodiscard]] const std::uint8_t* bytes(std::size_t at, std::size_t count) const {
    need(at, count);
    return data_ + at;
  }
  /// The `count` bytes at `at`, as a view named `what`.
  [[nodiscard]] View sub(std::size_t at, std::size_t count, std::string what) const {
    need(at, count);
    return View(data_ + at, count, std::move(what), *file_);
  }
  [[noreturn]] void fail(std::string_view problem) const {
    throw std::runtime_error(fmt::format("{}: {}: {}", *file_, what_, problem));
  }

 private:
  void need(std::size_t at, std::size_t count) const {
    if (at > size_ || count > size_ - at) {
      fail(tr("truncated (needs {} bytes at offset {}, has {})", count, at, size_));
    }
  }
  const std::uint8_t* data_;
  std::size_t size_;
  std::string what_;
  const std::string* file_;
};

constexpr std::uint32_t tag(std::string_view t) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(t[0])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(t[1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(t[2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(t[3]));
}

std::string tag_name(std::uint32_t t) {
  std::string name;
  for (int shift = 24; shift >= 0; shift -= 8) {
    const char c = static_cast<char>(t >> shift & 0xFF);
    name += c >= 32 && c < 127 ? c : '?';
  }
  return name;
}

/// The table directory ("The OpenType font file": sfntVersion, numTables, then 16-byte table records).
class Directory {
 public:
  explicit Directory(const View& file) : file_(file) {
    const std::uint32_t version = file.u32(0);
    cff_outlines_ = version == tag("OTTO");
    if (version == tag("ttcf")) file.fail(tr("TrueType collection (.ttc); name a single .ttf file"));
    if (version != 0x00010000 && version != tag("true") && !cff_outlines_) {
      file.fail(tr("unknown signature 0x{:08X}", version));
    }
    const std::uint16_t count = file.u16(4);
    const View records = file.sub(12, std::size_t{16} * count, tr("table directory"));
    for (std::size_t i = 0; i < count; ++i) {
      const Record r{records.u32(16 * i), records.u32(16 * i + 8), records.u32(16 * i + 12)};
      // Even tables naskah does not read are embedded by libharu: a record past the end means a truncated file.
      if (r.offset > file.size() || r.length > file.size() - r.offset) {
        file.fail(tr("table {} lies outside the file (truncated?)", tag_name(r.tag)));
      }
      records_.push_back(r);
    }
  }

  [[nodiscard]] std::optional<View> find(std::string_view name) const {
    for (const Record& r : records_) {
      if (r.tag != tag(name)) continue;
      return file_.sub(r.offset, r.length, tr("{} table", name));
    }
    return std::nullopt;
  }
  [[nodiscard]] View get(std::string_view name) const {
    if (auto table = find(name)) return *table;
    file_.fail(tr("no {} table", name));
  }
  [[nodiscard]] bool cff_outlines() const { return cff_outlines_; }
  [[nodiscard]] std::vector<std::string> tags() const {
    std::vector<std::string> tags;
    for (const Record& r : records_) tags.push_back(tag_name(r.tag));
    return tags;
  }

 private:
  struct Record {
    std::uint32_t tag, offset, length;
  };
  const View& file_;
  std::vector<Record> records_;
  bool cff_outlines_ = false;
};

/// cmap format 4 (segment mapping to delta values) into the parallel arrays of Cmap.
TrueTypeFont::Cmap parse_format4(const View& t) {
  TrueTypeFont::Cmap cmap;
  cmap.format = 4;
  const std::size_t seg_x2 = t.u16(6);
  if (seg_x2 == 0 || seg_x2 % 2 != 0) t.fail(tr("bad segCountX2 {}", seg_x2));
  const std::size_t segments = seg_x2 / 2;
  const std::size_t header = 16 + 4 * seg_x2;  // through idRangeOffset[]; glyphIdArray follows
  // The length field is 16 bits and overflows in large fonts: trust it only as far as the bytes go.
  const std::size_t length = std::min<std::size_t>(t.u16(2), t.size());
  if (length < header) t.fail(tr("length {} is shorter than its {} segments", length, segments));
  for (std::size_t i = 0; i < segments; ++i) {
    cmap.end_codes.push_back(t.u16(14 + 2 * i));
    cmap.start_codes.push_back(t.u16(16 + seg_x2 + 2 * i));
    cmap.deltas.push_back(t.i16(16 + 2 * seg_x2 + 2 * i));
    cmap.range_offsets.push_back(t.u16(16 + 3 * seg_x2 + 2 * i));
  }
  // Look-up is a binary search on endCode, which the spec requires in increasing order.
  if (!std::is_sorted(cmap.end_codes.begin(), cmap.end_codes.end())) t.fail(tr("endCode values are not sorted"));
  for (std::size_t at = header; at + 2 <= length; at += 2) cmap.glyph_ids.push_back(t.u16(at));
  return cmap;
}

/// cmap format 12 (segmented coverage): numGroups groups of startCharCode, endCharCode, startGlyphID.
TrueTypeFont::Cmap parse_format12(const View& t) {
  TrueTypeFont::Cmap cmap;
  cmap.format = 12;
  const std::uint32_t count = t.u32(12);
  if (count > (t.size() - 16) / 12) t.fail(tr("{} groups do not fit in the table", count));
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t at = 16 + 12 * i;
    TrueTypeFont::Cmap::Group g{t.u32(at), t.u32(at + 4), t.u32(at + 8)};
    if (g.start > g.end || (!cmap.groups.empty() && g.start <= cmap.groups.back().end)) {
      t.fail(tr("group {} is out of order or overlaps", i));
    }
    cmap.groups.push_back(g);
  }
  return cmap;
}

/// Chooses and parses the subtables. libharu 2.3.0 reads only the first (platform 3, encoding 1) format 4
/// subtable (ParseCMap), and the widths it writes into the PDF come from it — so that one answers the BMP when
/// present. Otherwise, in order: (3, 10) format 12 or 4, then any Unicode-platform (0, x) format 4 or 12.
/// Code points above U+FFFF, which libharu cannot draw but layout must be able to diagnose, use a format 12
/// subtable: (3, 10) first, then (0, x).
void parse_cmap(const View& cmap, TrueTypeFont::Cmap& bmp, TrueTypeFont::Cmap& full) {
  if (cmap.u16(0) != 0) cmap.fail(tr("unknown version {}", cmap.u16(0)));
  const std::uint16_t count = cmap.u16(2);
  int bmp_rank = 99, full_rank = 99;
  std::size_t bmp_at = 0, full_at = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint16_t platform = cmap.u16(4 + 8 * i), encoding = cmap.u16(6 + 8 * i);
    const std::uint32_t offset = cmap.u32(8 + 8 * i);
    const std::uint16_t format = cmap.u16(offset);
    if (format != 4 && format != 12) continue;
    int rank = -1;  // lower is better
    if (platform == 3 && encoding == 1 && format == 4) rank = 0;
    else if (platform == 3 && encoding == 10) rank = 1;
    else if (platform == 0) rank = 2;
    if (rank < 0) continue;
    if (rank < bmp_rank) bmp_rank = rank, bmp_at = offset;
    if (format == 12 && rank < full_rank) full_rank = rank, full_at = offset;
  }
  if (bmp_rank == 99) cmap.fail(tr("no Unicode subtable (platform 3 encoding 1 or 10, or platform 0; format 4 or 12)"));
  auto parse = [&](std::size_t offset) {
    const View t = cmap.sub(offset, cmap.size() - offset, tr("cmap subtable at {}", offset));
    return t.u16(0) == 4 ? parse_format4(t) : parse_format12(t);
  };
  bmp = parse(bmp_at);
  if (full_rank != 99) full = parse(full_at);
}

/// name ID 6 (PostScript name): (3, 1, US English) first, then any (3, 1), (1, 0), Unicode platform. PostScript
/// names are printable ASCII, so only those characters are kept.
std::string parse_postscript_name(const View& name) {
  const std::uint16_t count = name.u16(2);
  const std::size_t strings = name.u16(4);
  int best_rank = 99;
  std::string best;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t at = 6 + 12 * i;
    const std::uint16_t platform = name.u16(at), encoding = name.u16(at + 2), language = name.u16(at + 4);
    if (name.u16(at + 6) != 6) continue;
    int rank = 99;
    if (platform == 3 && encoding == 1) rank = language == 0x0409 ? 0 : 1;
    else if (platform == 1 && encoding == 0) rank = 2;
    else if (platform == 0) rank = 3;
    if (rank >= best_rank) continue;
    const std::size_t length = name.u16(at + 8);
    const std::uint8_t* text = name.bytes(strings + name.u16(at + 10), length);
    const bool utf16 = platform != 1;  // platforms 0 and 3 store UTF-16BE
    std::string decoded;
    for (std::size_t k = utf16 ? 1 : 0; k < length; k += utf16 ? 2 : 1) {
      const bool high_byte_zero = !utf16 || text[k - 1] == 0;
      if (high_byte_zero && text[k] > 32 && text[k] < 127) decoded += static_cast<char>(text[k]);
    }
    if (!decoded.empty()) best_rank = rank, best = std::move(decoded);
  }
  return best;  // empty when there is none: a PDF writer may need one (pdf/embeddable_font), measuring does not
}

}  // namespace

std::uint32_t TrueTypeFont::Cmap::lookup(char32_t c) const {
  if (format == 4) {
    if (c > 0xFFFF) return 0;
    // The first segment whose endCode ≥ c; the character is mapped if that segment also starts at or before it.
    const auto it = std::lower_bound(end_codes.begin(), end_codes.end(), c);
    if (it == end_codes.end()) return 0;
    const std::size_t i = static_cast<std::size_t>(it - end_codes.begin());
    if (start_codes[i] > c) return 0;
    if (range_offsets[i] == 0) return static_cast<std::uint16_t>(c + deltas[i]);  // idDelta arithmetic is mod 65536
    // idRangeOffset is a byte offset from &idRangeOffset[i] into glyphIdArray, which begins segCount entries later.
    const std::size_t from_range = range_offsets[i] / 2 + (c - start_codes[i]);
    const std::size_t back = end_codes.size() - i;
    if (from_range < back || from_range - back >= glyph_ids.size()) return 0;
    // Like libharu's HPDF_TTFontDef_GetGlyphid, idDelta is added even to a 0 entry (the spec says 0 stays 0;
    // real fonts use idDelta 0 with glyphIdArray, so the two agree).
    return static_cast<std::uint16_t>(glyph_ids[from_range - back] + deltas[i]);
  }
  if (format == 12) {
    auto it = std::upper_bound(groups.begin(), groups.end(), static_cast<std::uint32_t>(c),
                               [](std::uint32_t v, const Group& g) { return v < g.start; });
    if (it == groups.begin()) return 0;
    --it;
    if (c > it->end) return 0;
    return it->glyph + (static_cast<std::uint32_t>(c) - it->start);
  }
  return 0;
}

std::unique_ptr<TrueTypeFont> TrueTypeFont::load(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error(tr("{}: cannot open: {}", path, std::strerror(errno)));
  struct stat status {};
  const std::size_t size = ::fstat(fd, &status) == 0 && status.st_size > 0 ? static_cast<std::size_t>(status.st_size) : 0;
  // Mapped, as FreeType maps the fonts it opens: parsing reads a few tables of a file of a few hundred kilobytes,
  // and a mapping shares the system's cached pages where reading copied every byte into fresh memory (a
  // millisecond of a sample build's four faces). The mapping lives while the tables are parsed, not after.
  if (S_ISREG(status.st_mode) && size > 0) {
    void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapped != MAP_FAILED) {
      ::close(fd);
      struct Unmapped {
        void* bytes;
        std::size_t size;
        ~Unmapped() { ::munmap(bytes, size); }
      } const unmapped{mapped, size};
      return parse({static_cast<const std::uint8_t*>(mapped), size}, path);
    }
  }
  // Where a file cannot be mapped, read at once, into memory not cleared first.
  std::unique_ptr<std::uint8_t[]> bytes(new std::uint8_t[size]);
  int error = 0;
  const std::size_t got = read_up_to(fd, reinterpret_cast<char*>(bytes.get()), size, error);
  ::close(fd);
  if (error != 0) throw std::runtime_error(tr("{}: cannot read: {}", path, std::strerror(error)));
  return parse({bytes.get(), got}, path);  // a file cut short while read is found truncated where it is short
}

std::unique_ptr<TrueTypeFont> TrueTypeFont::parse(std::span<const std::uint8_t> bytes, const std::string& name) {
  std::unique_ptr<TrueTypeFont> font(new TrueTypeFont());
  font->path_ = name;
  const View file(bytes.data(), bytes.size(), tr("not a TrueType font"), font->path_);
  const Directory tables(file);

  // head: magicNumber at 12, unitsPerEm at 18 (the spec allows 16..16384).
  const View head = tables.get("head");
  if (head.u32(12) != 0x5F0F3CF5) head.fail(tr("wrong magic number"));
  font->units_per_em_ = head.u16(18);
  if (font->units_per_em_ < 16 || font->units_per_em_ > 16384) {
    head.fail(tr("unitsPerEm {} is outside 16..16384", font->units_per_em_));
  }
  const int upem = font->units_per_em_;

  // maxp: numGlyphs at 4. hhea: ascender at 4, descender at 6, lineGap at 8, numberOfHMetrics at 34.
  const std::size_t glyphs = tables.get("maxp").u16(4);
  if (glyphs == 0) file.fail(tr("maxp numGlyphs is 0"));
  const View hhea = tables.get("hhea");
  // libharu (ParseHhea): (HPDF_INT16)((HPDF_INT32)ascent * 1000 / units_per_em) — C division truncates toward 0.
  font->ascender_ = static_cast<std::int16_t>(std::int32_t{hhea.i16(4)} * 1000 / upem);
  font->descender_ = static_cast<std::int16_t>(std::int32_t{hhea.i16(6)} * 1000 / upem);
  font->line_gap_ = static_cast<std::int16_t>(std::int32_t{hhea.i16(8)} * 1000 / upem);
  const std::size_t metrics = hhea.u16(34);
  if (metrics == 0 || metrics > glyphs) {
    hhea.fail(tr("numberOfHMetrics {} is not within 1..numGlyphs ({})", metrics, glyphs));
  }

  // hmtx: numberOfHMetrics (advanceWidth, lsb) pairs; later glyphs repeat the last advanceWidth.
  // libharu (HPDF_TTFontDef_GetCharWidth): (HPDF_INT16)(HPDF_UINT16)((HPDF_UINT)advance_width * 1000 / units_per_em).
  const View hmtx = tables.get("hmtx");
  font->glyph_widths_.reserve(glyphs);
  std::uint16_t advance = 0;
  for (std::size_t g = 0; g < glyphs; ++g) {
    if (g < metrics) advance = hmtx.u16(4 * g);
    const unsigned scaled = static_cast<unsigned>(advance) * 1000u / static_cast<unsigned>(upem);
    font->glyph_widths_.push_back(static_cast<std::int16_t>(static_cast<std::uint16_t>(scaled)));
  }

  parse_cmap(tables.get("cmap"), font->bmp_cmap_, font->full_cmap_);
  for (char32_t c = 0; c < font->ascii_advances_.size(); ++c) {
    font->ascii_advances_[c] = static_cast<std::int16_t>(font->glyph_advance(font->look_up_glyph(c)));
  }
  font->postscript_name_ = parse_postscript_name(tables.get("name"));
  font->cff_outlines_ = tables.cff_outlines();
  font->table_tags_ = tables.tags();
  return font;
}

std::uint16_t TrueTypeFont::look_up_glyph(char32_t c) const {
  const std::uint32_t g = c <= 0xFFFF ? bmp_cmap_.lookup(c) : full_cmap_.lookup(c);
  return g < glyph_widths_.size() ? static_cast<std::uint16_t>(g) : 0;
}

std::uint16_t TrueTypeFont::glyph_id(char32_t c) const {
  if (c > 0xFFFF) return look_up_glyph(c);
  std::atomic<std::int32_t>& slot = glyph_block(c)[c & 0xFF];
  const std::int32_t cached = slot.load(std::memory_order_relaxed);
  if (cached != kNotCached) return static_cast<std::uint16_t>(cached);
  const std::uint16_t glyph = look_up_glyph(c);
  slot.store(glyph, std::memory_order_relaxed);
  return glyph;
}

bool TrueTypeFont::has_glyph(char32_t c) const { return glyph_id(c) != 0; }

int TrueTypeFont::glyph_advance(std::uint16_t glyph) const {
  // libharu returns missing_width (glyph 0's width, same formula) for a glyph id ≥ numGlyphs.
  return glyph_widths_[glyph < glyph_widths_.size() ? glyph : 0];
}

int TrueTypeFont::advance(char32_t c) const { return glyph_advance(glyph_id(c)); }

std::int64_t TrueTypeFont::advance_sum(std::string_view utf8) const {
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      sum += ascii_advances_[byte];
      ++i;
    } else {
      sum += advance(next_code_point(utf8, i).value);
    }
  }
  return sum;
}

TrueTypeFont::~TrueTypeFont() {
  for (std::atomic<GlyphBlock*>& block : bmp_glyphs_) delete block.load(std::memory_order_relaxed);
}

TrueTypeFont::GlyphBlock& TrueTypeFont::glyph_block(char32_t c) const {
  std::atomic<GlyphBlock*>& place = bmp_glyphs_[c >> 8];
  GlyphBlock* block = place.load(std::memory_order_acquire);
  if (block != nullptr) return *block;
  auto made = std::make_unique<GlyphBlock>();
  for (std::atomic<std::int32_t>& slot : *made) slot.store(kNotCached, std::memory_order_relaxed);
  if (place.compare_exchange_strong(block, made.get(), std::memory_order_acq_rel, std::memory_order_acquire)) {
    return *made.release();
  }
  return *block;  // another thread's, made at the same time
}

}  // namespace naskah::text
