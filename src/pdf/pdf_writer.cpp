#include "naskah/pdf/pdf_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "naskah/io/image_file.hpp"
#include "naskah/io/atomic_file.hpp"
#include "document_parts.hpp"
#include "embeddable_font.hpp"
#include "content_stream.hpp"
#include "page_deflater.hpp"
#include "naskah/text/translate.hpp"
#include "pdfa.hpp"
#include "haru_document.hpp"
#include "haru_internals.hpp"
#include "font_file_bytes.hpp"
#include "text_encoding.hpp"
#include "to_unicode_cmap.hpp"

namespace naskah::pdf {

namespace {

/// Underlines: this far below the baseline and this thick, as fractions of the font size.
constexpr double kUnderlinePosition = 0.10;
constexpr double kUnderlineThickness = 0.05;

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }
double channel(std::uint8_t value) { return static_cast<double>(value) / 255.0; }

/// What has been set in the current page's graphics state, so that it is not repeated for every item.
struct PageState {
  std::optional<layout::Color> fill;
  std::optional<layout::Color> stroke;
  std::optional<double> line_width;
  double word_space = 0;  // Tw starts at 0 on every page
  HPDF_Font font = nullptr;
  double font_size = 0;
};

/// What the writer was doing, said only when libharu fails (see HaruDocument::check).
using Describe = std::function<std::string()>;

}  // namespace

class PdfBuilder::Writer {
 public:
  Writer(const text::FontSet& fonts, const layout::Metadata& metadata, WriteOptions options)
      : fonts_(fonts), metadata_(written_metadata(metadata)), options_(options) {
    check_embeddable(fonts_);
    haru_.check(HPDF_SetCompressionMode(haru_.get(), HPDF_COMP_ALL), text::tr("setting compression"));
    // Pages come as layout finishes them, their number unknown until the end: they go into a page tree of two
    // levels, 4,096 pages to a node, from the start. One array of every page would fail in libharu at its
    // 32,768th page (HPDF_ARRAY_COUNT_ERR), and PDF readers may refuse arrays longer than 8,191.
    haru_.check(HPDF_SetPagesConfiguration(haru_.get(), 4096), text::tr("making a page tree"));
    set_info(haru_, metadata_);
  }

  /// The page drawn into its own place in the file — before the first page of any later sequence already drawn
  /// — and compressed; its anchors become destinations now, its links once every page is there.
  void add_page(std::size_t sequence, std::size_t index, const layout::Page& page) {
    if (sequence >= sequences_.size()) sequences_.resize(sequence + 1);
    std::vector<DrawnPage>& drawn = sequences_[sequence];
    if (index != drawn.size()) throw PdfError(text::tr("page sequence {}: pages out of order", sequence + 1));
    const std::string name = page_name(sequence, index, page.label);
    HPDF_Page before = nullptr;
    for (std::size_t later = sequence + 1; later < sequences_.size() && before == nullptr; ++later) {
      if (!sequences_[later].empty()) before = sequences_[later].front().handle;
    }
    HPDF_Page handle = haru_.check_not_null(before != nullptr ? HPDF_InsertPage(haru_.get(), before)
                                                              : HPDF_AddPage(haru_.get()),
                                            text::tr("adding {}", name));
    const std::string what = text::tr("setting the size of {} to {} x {} pt", name, page.width, page.height);
    haru_.check(HPDF_Page_SetWidth(handle, real(page.width)), what);
    haru_.check(HPDF_Page_SetHeight(handle, real(page.height)), what);
    drawn.push_back(DrawnPage{handle, page.label});
    add_destinations(haru_, page, handle, name, destinations_);
    draw_page(page, handle, name);
  }

  void finish(const std::vector<layout::OutlineEntry>& outline) {
    deflater_.finish();
    for (const PendingLink& link : links_) {
      HPDF_Destination target = find_destination(destinations_, link.anchor, text::tr("a link on {}", link.page_name));
      const std::string what = text::tr("adding a link on {}", link.page_name);
      HPDF_Annotation annotation = haru_.check_not_null(HPDF_Page_CreateLinkAnnot(link.page, link.rect, target), what);
      haru_.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), what);
      annotations_.push_back(annotation);
    }
    add_outline(haru_, outline, destinations_);
    std::vector<std::string> labels;
    for (const std::vector<DrawnPage>& sequence : sequences_) {
      for (const DrawnPage& page : sequence) labels.push_back(page.label);
    }
    add_page_labels(haru_, labels);
    if (options_.pdfa != PdfaPart::none) {
      make_pdfa(haru_, metadata_, producer_name(), annotations_, options_);
    }
  }

  /// The document saved, its fonts and images compressed two at a time when a core is spare.
  void save(const io::ByteWriter& write) { haru_.save(write, options_.spare_core); }
  std::string save_to_memory() { return haru_.save_to_memory(options_.spare_core); }

 private:
  struct DrawnPage {
    HPDF_Page handle = nullptr;
    std::string label;
  };
  /// A link whose target may be on a page still to come.
  struct PendingLink {
    HPDF_Page page = nullptr;
    std::string page_name;
    HPDF_Rect rect{};
    std::string anchor;
  };

  // ----- fonts ---------------------------------------------------------------------------------------------

  /// libharu's name for the face's file, loaded (embedded) the first time it is used. Fonts load in the order
  /// their faces are first drawn, which fixes the subset tags (HPDFAA+, HPDFAB+, …): same input, same file.
  const char* font_name(text::FontFace face) {
    if (face.family >= fonts_.family_count()) {
      throw PdfError(text::tr("text uses font family #{} but the document has {}", face.family, fonts_.family_count()));
    }
    const std::string& path = fonts_.files(face.family).paths.at(static_cast<std::size_t>(face.style_index()));
    auto found = font_names_.find(path);
    if (found == font_names_.end()) {
      // From memory, read once per process (font_file_bytes.hpp); libharu reads the file itself when it cannot be.
      const char* name = nullptr;
      if (std::shared_ptr<const std::string> bytes = font_file_bytes(path)) {
        font_sources_.push_back(internals::MemoryFontSource{std::move(bytes)});
        name = internals::load_truetype_from_memory(haru_.get(), font_sources_.back());
      } else {
        name = HPDF_LoadTTFontFromFile(haru_.get(), path.c_str(), HPDF_TRUE);
      }
      name = haru_.check_not_null(name, text::tr("loading the font {}", path));
      found = font_names_.emplace(path, name).first;
    }
    return found->second.c_str();
  }

  /// The face through Windows-1252 (a simple TrueType font) or through UTF-8 (a Type0/CIDFontType2 font with
  /// Identity-H; costly to create, so only for runs that need it).
  HPDF_Font font(text::FontFace face, bool unicode) {
    const auto key = std::make_tuple(face.family, face.style_index(), unicode);
    auto found = font_handles_.find(key);
    if (found != font_handles_.end()) return found->second;
    const char* name = font_name(face);
    if (unicode) haru_.utf8_encoder();
    const std::string what = text::tr("preparing the font {}", name);
    HPDF_Font handle = haru_.check_not_null(HPDF_GetFont(haru_.get(), name, unicode ? "UTF-8" : "CP1252"), what);
    if (unicode) replace_to_unicode_cmap(haru_, handle, what);
    font_handles_.emplace(key, handle);
    return handle;
  }

  // ----- drawing -------------------------------------------------------------------------------------------

  void draw_page(const layout::Page& page, HPDF_Page handle, const std::string& name) {
    page_name_ = name;
    page_ = handle;
    page_height_ = page.height;
    state_ = PageState{};
    content_.begin(page_);
    for (const layout::Item& item : page.items) {
      std::visit([this](const auto& value) { draw(value); }, item);
    }
    std::string operators;
    if (!content_.finish(operators)) haru_.check(HPDF_FAILD_TO_ALLOC_MEM, text::tr("compressing {}", name));
    deflater_.add(page_, std::move(operators), name);
  }

  [[nodiscard]] HPDF_REAL pdf_y(double y) const { return real(page_height_ - y); }

  void set_fill(layout::Color color) {
    if (state_.fill == color) return;
    content_.fill_color(channel(color.r), channel(color.g), channel(color.b));
    state_.fill = color;
  }

  void set_stroke(layout::Color color, double width) {
    if (state_.stroke != color) {
      content_.stroke_color(channel(color.r), channel(color.g), channel(color.b));
      state_.stroke = color;
    }
    if (state_.line_width != width) {
      content_.line_width(width);
      state_.line_width = width;
    }
  }

  void draw(const layout::TextRun& run) {
    const Describe context = [this, &run] { return text::tr("{}, text {}", page_name_, quoted(run.text)); };
    if (!run.text.empty()) {
      // Most runs are printable ASCII, their Windows-1252 bytes as they are: nothing to decode, check or encode.
      if (is_printable_ascii(run.text)) {
        set_fill(run.color);
        draw_single_byte(run, run.text, context);
      } else {
        draw_beyond_ascii(run, context);
      }
    }
    draw_underline(run);
  }

  /// A run with characters beyond ASCII: in the single-byte face when Windows-1252 has them all, else through the
  /// CID face.
  void draw_beyond_ascii(const layout::TextRun& run, const Describe& context) {
    const std::vector<char32_t> code_points = decode_utf8(run.text);
    for (char32_t cp : code_points) {
      if (cp > 0xFFFF) {
        throw PdfError(text::tr("{}: cannot draw {}: libharu 2.3.0 draws only characters up to U+FFFF", context(),
                                describe_code_point(cp)));
      }
      if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
        throw PdfError(text::tr("{}: cannot draw the control character {}", context(), describe_code_point(cp)));
      }
    }
    set_fill(run.color);
    if (auto bytes = encode_cp1252(code_points)) {
      draw_single_byte(run, *bytes, context);
      return;
    }
    // Through libharu, which encodes the text for the CID face: what was written before goes first.
    set_word_space(0);  // Tw acts on the one-byte code 32 only, never on a CID face's spaces
    hand_over(context);
    haru_.check(HPDF_Page_BeginText(page_), context);
    HPDF_Font unicode = font(run.face, true);
    haru_.check(HPDF_Page_SetFontAndSize(page_, unicode, real(run.size)), context);
    state_.font = unicode;
    state_.font_size = run.size;
    draw_unicode_words(run, code_points, context);
    haru_.check(HPDF_Page_EndText(page_), context);
  }

  /// The run in its single-byte face, its Windows-1252 `bytes` written straight into the content stream: font and
  /// word spacing (the text state) set before the text object, as PDF allows. Tw is naskah's own operator here, so
  /// libharu's range for it (-30…300 pt) does not apply: the wide spaces of a justified line of two words before a
  /// very long one are written as they are.
  void draw_single_byte(const layout::TextRun& run, std::string_view bytes, const Describe& context) {
    set_font(font(run.face, false), run.size, context);
    set_word_space(run.word_spacing);
    // libharu learns which characters a font uses (for its subset and /Widths) only by measuring them, as its own
    // ShowText does: it is given those it has not measured yet.
    std::array<bool, 256>& measured = measured_bytes_[state_.font];
    std::string& unmeasured = unmeasured_;
    unmeasured.clear();
    for (char byte : bytes) {
      bool& seen = measured[static_cast<unsigned char>(byte)];
      if (!seen) unmeasured += byte;
      seen = true;
    }
    if (!unmeasured.empty()) {
      HPDF_Font_TextWidth(state_.font, reinterpret_cast<const HPDF_BYTE*>(unmeasured.data()),
                          static_cast<HPDF_UINT>(unmeasured.size()));
    }
    const double radians = run.angle * std::numbers::pi / 180;
    const double c = run.angle == 0 ? 1 : std::cos(radians);
    const double s = run.angle == 0 ? 0 : std::sin(radians);
    content_.text(c, s, -s, c, run.x, page_height_ - run.baseline, bytes);
  }

  void draw_underline(const layout::TextRun& run) {
    if (!run.underline || run.width <= 0) return;
    const double y = run.baseline + kUnderlinePosition * run.size;
    draw_line(run.x, y, run.x + run.width, y, kUnderlineThickness * run.size, run.color);
  }

  /// A single-byte face: Tf written here, with the name under which libharu lists the font in the page's
  /// resources (it adds it there the first time).
  void set_font(HPDF_Font font, double size, const Describe& context) {
    if (state_.font == font && state_.font_size == size) return;
    const char* resource = HPDF_Page_GetLocalFontName(page_, font);
    haru_.check_not_null(resource, context);
    content_.font(resource, size);
    state_.font = font;
    state_.font_size = size;
  }

  void set_word_space(double word_space) {
    if (state_.word_space == word_space) return;
    content_.word_space(word_space);
    state_.word_space = word_space;
  }

  /// Before libharu writes to the page itself.
  void hand_over(const Describe& context) {
    if (!content_.hand_over()) haru_.check(HPDF_FAILD_TO_ALLOC_MEM, context);
  }

  /// Text at an absolute position (Tm), so that no rounding accumulates between runs.
  void show_text(double x, double baseline, const std::string& bytes, const Describe& context, double angle = 0) {
    if (angle == 0) {
      haru_.check(HPDF_Page_SetTextMatrix(page_, 1, 0, 0, 1, real(x), pdf_y(baseline)), context);
    } else {
      const double radians = angle * std::numbers::pi / 180;
      const auto c = real(std::cos(radians));
      const auto s = real(std::sin(radians));
      haru_.check(HPDF_Page_SetTextMatrix(page_, c, s, -s, c, real(x), pdf_y(baseline)), context);
    }
    haru_.check(HPDF_Page_ShowText(page_, bytes.c_str()), context);
  }

  /// Calls draw_word(offset along the baseline, word) for each word of the run, placed where layout's arithmetic
  /// put it: advances of everything before it × size / 1000 + spaces × word_spacing.
  template <typename DrawWord>
  void for_each_word(const layout::TextRun& run, const std::vector<char32_t>& code_points, DrawWord draw_word) {
    std::int64_t advance = 0;  // 1/1000 em, of everything before the current character
    std::int64_t spaces = 0;
    std::size_t i = 0;
    while (i < code_points.size()) {
      if (code_points[i] == U' ') {
        advance += fonts_.advance(run.face, code_points[i]);
        ++spaces;
        ++i;
        continue;
      }
      const double along =
          static_cast<double>(advance) * run.size / 1000.0 + static_cast<double>(spaces) * run.word_spacing;
      std::vector<char32_t> word;
      while (i < code_points.size() && code_points[i] != U' ') {
        advance += fonts_.advance(run.face, code_points[i]);
        word.push_back(code_points[i]);
        ++i;
      }
      draw_word(along, word);
    }
  }

  /// A run through a CID face. Without word spacing it is one string; with it, each word is placed by itself.
  void draw_unicode_words(const layout::TextRun& run, const std::vector<char32_t>& code_points,
                          const Describe& context) {
    const bool has_space = std::find(code_points.begin(), code_points.end(), U' ') != code_points.end();
    if (run.word_spacing == 0 || !has_space) {
      show_text(run.x, run.baseline, encode_utf8(code_points), context, run.angle);
      return;
    }
    for_each_word(run, code_points, [&](double along, const std::vector<char32_t>& word) {
      show_text(run.x + along, run.baseline, encode_utf8(word), context);
    });
  }

  void draw_line(double x1, double y1, double x2, double y2, double thickness, layout::Color color) {
    if (thickness <= 0) return;
    const Describe what = [this] { return text::tr("drawing a line on {}", page_name_); };
    set_stroke(color, thickness);
    content_.line(x1, page_height_ - y1, x2, page_height_ - y2);
  }

  void draw(const layout::Rule& rule) {
    draw_line(rule.x1, rule.y1, rule.x2, rule.y2, rule.thickness, rule.color);
  }

  void draw(const layout::Rect& rect) {
    const bool stroke = rect.stroke.has_value() && rect.stroke_width > 0;
    if (!rect.fill && !stroke) return;
    if (rect.fill) set_fill(*rect.fill);
    if (stroke) set_stroke(*rect.stroke, rect.stroke_width);
    content_.rectangle(rect.x, page_height_ - (rect.y + rect.height), rect.width, rect.height, rect.fill.has_value(),
                        stroke);
  }

  void draw(const layout::Image& image) {
    auto found = images_.find(image.path);
    if (found == images_.end()) {
      const std::string what = text::tr("loading the image {}", image.path);
      // Embedded from bytes checked whole: libharu aborts the process on a PNG libpng cannot decode. Those that
      // composition checked are handed on with the page; an image without them is read and checked here.
      std::shared_ptr<const io::ImageFile> file = image.file;
      if (file == nullptr || !file->format || file->bytes == nullptr) {
        file = std::make_shared<const io::ImageFile>(io::read_image_file(image.path));
      }
      if (!file->format) throw PdfError(text::tr("cannot use the image {}: {}", image.path, file->problem));
      const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(file->bytes->data());
      const auto size = static_cast<HPDF_UINT>(file->bytes->size());
      HPDF_Image handle = nullptr;
      if (const io::PngStream* png = file->png_stream.get()) {
        // The PNG's own compressed rows, embedded as they are: nothing decoded, nothing compressed again.
        handle = internals::add_predicted_image(
            haru_.get(), internals::PredictedImage{png->width, png->height, png->bit_depth, png->components(),
                                                   png->palette, png->idat});
      } else if (*file->format == io::ImageFormat::png) {
        handle = HPDF_LoadPngImageFromMem(haru_.get(), bytes, size);
      } else {
        handle = HPDF_LoadJpegImageFromMem(haru_.get(), bytes, size);
      }
      found = images_.emplace(image.path, haru_.check_not_null(handle, what)).first;
    }
    hand_over([&] { return text::tr("drawing the image {}", image.path); });
    haru_.check(HPDF_Page_DrawImage(page_, found->second, real(image.x), pdf_y(image.y + image.height),
                                    real(image.width), real(image.height)),
                [&] { return text::tr("drawing the image {} on {}", image.path, page_name_); });
  }

  void draw(const layout::Link& link) {
    HPDF_Rect rect{real(link.x), pdf_y(link.y + link.height), real(link.x + link.width), pdf_y(link.y)};
    links_.push_back(PendingLink{page_, page_name_, rect, link.anchor});
  }

  void draw(const layout::Anchor&) {}  // its destination was made before drawing began

  const text::FontSet& fonts_;
  layout::Metadata metadata_;  ///< as written: each text within what libharu and readers take
  WriteOptions options_;
  /// The fonts libharu reads from memory: declared before the document, so that they outlive it.
  std::deque<internals::MemoryFontSource> font_sources_;
  HaruDocument haru_;
  std::vector<std::vector<DrawnPage>> sequences_;  ///< the pages drawn, by sequence
  Destinations destinations_;
  std::vector<PendingLink> links_;
  std::map<std::string, std::string> font_names_;  // file → libharu's font name
  std::map<std::tuple<std::uint16_t, int, bool>, HPDF_Font> font_handles_;
  /// Of each single-byte font, the bytes libharu has measured (and so marked as used), and working memory.
  std::map<HPDF_Font, std::array<bool, 256>> measured_bytes_;
  std::string unmeasured_;
  std::map<std::string, HPDF_Image> images_;
  std::vector<HPDF_Annotation> annotations_;  ///< the links, which PDF/A wants printable

  std::string page_name_;  ///< of the page being drawn, for messages
  HPDF_Page page_ = nullptr;
  ContentStream content_;  ///< the current page's operators
  /// Pages' operators deflated, beside when a core is spare; after haru_, so that it goes first.
  PageDeflater deflater_{haru_, options_.spare_core};
  double page_height_ = 0;
  PageState state_;
};

PdfBuilder::PdfBuilder(const text::FontSet& fonts, const layout::Metadata& metadata, WriteOptions options)
    : writer_(std::make_unique<Writer>(fonts, metadata, options)) {}

PdfBuilder::~PdfBuilder() = default;

void PdfBuilder::add_page(std::size_t sequence, std::size_t index, layout::Page page) {
  writer_->add_page(sequence, index, page);
}

std::string PdfBuilder::finish(const std::vector<layout::OutlineEntry>& outline) {
  writer_->finish(outline);
  return writer_->save_to_memory();
}

void PdfBuilder::finish(const std::vector<layout::OutlineEntry>& outline, const std::string& path) {
  writer_->finish(outline);
  // The writer's callers hear of one kind of failure; a file that cannot be written is one of them.
  try {
    io::write_file_atomically(path, [this](const io::ByteWriter& write) { writer_->save(write); });
  } catch (const io::FileError& error) {
    throw PdfError(error.what());
  }
}

void PdfBuilder::finish(const std::vector<layout::OutlineEntry>& outline, const std::string& path,
                        io::FilesPutInPlace& placer, io::FilesPutInPlace::Done done) {
  writer_->finish(outline);
  try {
    io::write_file_atomically(path, [this](const io::ByteWriter& write) { writer_->save(write); }, placer,
                              std::move(done));
  } catch (const io::FileError& error) {
    throw PdfError(error.what());
  }
}

namespace {

/// A laid-out document's pages into the builder, all of one sequence, in order.
void add_pages(PdfBuilder& builder, const layout::LaidOutDocument& doc) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i) builder.add_page(0, i, doc.pages[i]);
}
/// The same, each page moved into the builder, which frees it once drawn.
void move_pages(PdfBuilder& builder, std::vector<layout::Page>& pages) {
  for (std::size_t i = 0; i < pages.size(); ++i) builder.add_page(0, i, std::move(pages[i]));
}

}  // namespace

std::string render_pdf(const layout::LaidOutDocument& doc, const text::FontSet& fonts, WriteOptions options) {
  PdfBuilder builder(fonts, doc.metadata, options);
  add_pages(builder, doc);
  return builder.finish(doc.outline);
}

std::string render_pdf(layout::LaidOutDocument&& doc, const text::FontSet& fonts, WriteOptions options) {
  PdfBuilder builder(fonts, doc.metadata, options);
  move_pages(builder, doc.pages);
  return builder.finish(doc.outline);
}

void write_pdf(const layout::LaidOutDocument& doc, const text::FontSet& fonts, const std::string& output_path,
               WriteOptions options) {
  PdfBuilder builder(fonts, doc.metadata, options);
  add_pages(builder, doc);
  builder.finish(doc.outline, output_path);
}

void write_pdf(layout::LaidOutDocument&& doc, const text::FontSet& fonts, const std::string& output_path,
               WriteOptions options) {
  PdfBuilder builder(fonts, doc.metadata, options);
  move_pages(builder, doc.pages);
  builder.finish(doc.outline, output_path);
}

}  // namespace naskah::pdf
