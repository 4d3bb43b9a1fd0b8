#include "naskah/pdf/pdf_writer.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <variant>
#include <vector>

#include "naskah/pdf/atomic_file.hpp"
#include "document_parts.hpp"
#include "content_stream.hpp"
#include "pdfa.hpp"
#include "haru_document.hpp"
#include "text_encoding.hpp"
#include "to_unicode_cmap.hpp"

namespace naskah::pdf {

namespace {

/// Underlines: this far below the baseline and this thick, as fractions of the font size.
constexpr double kUnderlinePosition = 0.10;
constexpr double kUnderlineThickness = 0.05;

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }
HPDF_REAL channel(std::uint8_t value) { return static_cast<HPDF_REAL>(value) / 255.0F; }

std::string lower_extension(const std::string& path) {
  const auto dot = path.find_last_of('.');
  const auto slash = path.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string extension = path.substr(dot + 1);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

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

class Writer {
 public:
  Writer(const layout::LaidOutDocument& doc, const text::FontSet& fonts, WriteOptions options = {})
      : doc_(doc), fonts_(fonts), options_(options) {}
  /// A writer that frees each page's items once they are drawn, so that a long document is not held twice —
  /// as laid-out items and as libharu's content streams — at the peak.
  Writer(layout::LaidOutDocument& doc, const text::FontSet& fonts, WriteOptions options, bool release_drawn)
      : doc_(doc), fonts_(fonts), options_(options), release_(release_drawn ? &doc : nullptr) {}

  std::string render() {
    haru_.check(HPDF_SetCompressionMode(haru_.get(), HPDF_COMP_ALL), "setting compression");
    set_info(haru_, doc_.metadata);
    create_pages();
    destinations_ = create_destinations(haru_, doc_, pages_);
    for (std::size_t i = 0; i < pages_.size(); ++i) {
      draw_page(i);
      if (release_ != nullptr) std::vector<layout::Item>().swap(release_->pages[i].items);
    }
    add_outline(haru_, doc_.outline, destinations_);
    add_page_labels(haru_, doc_);
    if (options_.pdfa) make_pdfa(haru_, doc_.metadata, producer_name(), annotations_);
    return haru_.save_to_memory();
  }

 private:
  [[nodiscard]] std::string page_name(std::size_t index) const { return pdf::page_name(doc_, index); }

  void create_pages() {
    pages_.reserve(doc_.pages.size());
    for (std::size_t i = 0; i < doc_.pages.size(); ++i) {
      const layout::Page& page = doc_.pages[i];
      HPDF_Page handle = haru_.check_not_null(HPDF_AddPage(haru_.get()), "adding " + page_name(i));
      const std::string what = "setting the size of " + page_name(i) + " to " + std::to_string(page.width) +
                               " x " + std::to_string(page.height) + " pt";
      haru_.check(HPDF_Page_SetWidth(handle, real(page.width)), what);
      haru_.check(HPDF_Page_SetHeight(handle, real(page.height)), what);
      pages_.push_back(handle);
    }
  }

  // ----- fonts ---------------------------------------------------------------------------------------------

  /// libharu's name for the face's file, loaded (embedded) the first time it is used. Fonts load in the order
  /// their faces are first drawn, which fixes the subset tags (HPDFAA+, HPDFAB+, …): same input, same file.
  const char* font_name(text::FontFace face) {
    if (face.family >= fonts_.family_count()) {
      throw PdfError("text uses font family #" + std::to_string(face.family) + " but the document has " +
                     std::to_string(fonts_.family_count()));
    }
    const std::string& path = fonts_.files(face.family).paths.at(static_cast<std::size_t>(face.style_index()));
    auto found = font_names_.find(path);
    if (found == font_names_.end()) {
      const char* name = haru_.check_not_null(HPDF_LoadTTFontFromFile(haru_.get(), path.c_str(), HPDF_TRUE),
                                              "loading the font " + path);
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
    const std::string what = std::string("preparing the font ") + name;
    HPDF_Font handle = haru_.check_not_null(HPDF_GetFont(haru_.get(), name, unicode ? "UTF-8" : "CP1252"), what);
    if (unicode) replace_to_unicode_cmap(haru_, handle, what);
    font_handles_.emplace(key, handle);
    return handle;
  }

  // ----- drawing -------------------------------------------------------------------------------------------

  void draw_page(std::size_t index) {
    page_index_ = index;
    page_ = pages_[index];
    page_height_ = doc_.pages[index].height;
    state_ = PageState{};
    content_.emplace(page_);
    for (const layout::Item& item : doc_.pages[index].items) {
      std::visit([this](const auto& value) { draw(value); }, item);
    }
  }

  [[nodiscard]] HPDF_REAL pdf_y(double y) const { return real(page_height_ - y); }

  void set_fill(layout::Color color) {
    if (state_.fill == color) return;
    haru_.check(HPDF_Page_SetRGBFill(page_, channel(color.r), channel(color.g), channel(color.b)),
                "setting a fill colour on " + page_name(page_index_));
    state_.fill = color;
  }

  void set_stroke(layout::Color color, double width) {
    if (state_.stroke != color) {
      haru_.check(HPDF_Page_SetRGBStroke(page_, channel(color.r), channel(color.g), channel(color.b)),
                  "setting a line colour on " + page_name(page_index_));
      state_.stroke = color;
    }
    if (state_.line_width != width) {
      haru_.check(HPDF_Page_SetLineWidth(page_, real(width)), "setting a line width on " + page_name(page_index_));
      state_.line_width = width;
    }
  }

  void draw(const layout::TextRun& run) {
    const Describe context = [this, &run] { return page_name(page_index_) + ", text " + quoted(run.text); };
    const std::vector<char32_t> code_points = decode_utf8(run.text);
    for (char32_t cp : code_points) {
      if (cp > 0xFFFF) {
        throw PdfError(context() + ": cannot draw " + describe_code_point(cp) +
                       ": libharu 2.3.0 draws only characters up to U+FFFF");
      }
      if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
        throw PdfError(context() + ": cannot draw the control character " + describe_code_point(cp));
      }
    }
    if (!code_points.empty()) {
      set_fill(run.color);
      if (auto bytes = encode_cp1252(code_points)) {
        // The common case, written straight into the content stream: font and word spacing (the text state)
        // set before the text object, as PDF allows. libharu refuses word spacing outside -30…300 pt, which a
        // justified line of two words before a very long one can need: such a run's words are placed one by one.
        const bool tw_allowed = run.word_spacing >= HPDF_MIN_WORDSPACE && run.word_spacing <= HPDF_MAX_WORDSPACE;
        set_font(font(run.face, false), run.size, context);
        set_word_space(tw_allowed ? run.word_spacing : 0, context);
        // libharu learns which characters a font uses (for its subset and /Widths) only by measuring them, as its
        // own ShowText does.
        HPDF_Font_TextWidth(state_.font, reinterpret_cast<const HPDF_BYTE*>(bytes->data()),
                            static_cast<HPDF_UINT>(bytes->size()));
        const double radians = run.angle * std::numbers::pi / 180;
        const double c = run.angle == 0 ? 1 : std::cos(radians);
        const double s = run.angle == 0 ? 0 : std::sin(radians);
        auto show = [&](double along, const std::string& text) {
          if (!content_->text(c, s, -s, c, real(run.x + along * c), real(pdf_y(run.baseline) + along * s), text)) {
            haru_.check(HPDF_FAILD_TO_ALLOC_MEM, context);
          }
        };
        if (tw_allowed) {
          show(0, *bytes);
        } else {
          for_each_word(run, code_points, [&](double along, const std::vector<char32_t>& word) {
            show(along, *encode_cp1252(word));
          });
        }
      } else {
        haru_.check(HPDF_Page_BeginText(page_), context);
        set_font(font(run.face, true), run.size, context);
        set_word_space(0, context);  // Tw acts on the one-byte code 32 only, never on a CID face's spaces
        draw_unicode_words(run, code_points, context);
        haru_.check(HPDF_Page_EndText(page_), context);
      }
    }
    if (run.underline && run.width > 0) {
      const double y = run.baseline + kUnderlinePosition * run.size;
      draw_line(run.x, y, run.x + run.width, y, kUnderlineThickness * run.size, run.color);
    }
  }

  void set_font(HPDF_Font font, double size, const Describe& context) {
    if (state_.font == font && state_.font_size == size) return;
    haru_.check(HPDF_Page_SetFontAndSize(page_, font, real(size)), context);
    state_.font = font;
    state_.font_size = size;
  }

  void set_word_space(double word_space, const Describe& context) {
    if (state_.word_space == word_space) return;
    haru_.check(HPDF_Page_SetWordSpace(page_, real(word_space)), context);
    state_.word_space = word_space;
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
    const Describe what = [this] { return "drawing a line on " + page_name(page_index_); };
    set_stroke(color, thickness);
    if (!content_->line(real(x1), pdf_y(y1), real(x2), pdf_y(y2))) haru_.check(HPDF_FAILD_TO_ALLOC_MEM, what);
  }

  void draw(const layout::Rule& rule) {
    draw_line(rule.x1, rule.y1, rule.x2, rule.y2, rule.thickness, rule.color);
  }

  void draw(const layout::Rect& rect) {
    const bool stroke = rect.stroke.has_value() && rect.stroke_width > 0;
    if (!rect.fill && !stroke) return;
    const Describe what = [this] { return "drawing a rectangle on " + page_name(page_index_); };
    if (rect.fill) set_fill(*rect.fill);
    if (stroke) set_stroke(*rect.stroke, rect.stroke_width);
    haru_.check(HPDF_Page_Rectangle(page_, real(rect.x), pdf_y(rect.y + rect.height), real(rect.width),
                                    real(rect.height)),
                what);
    if (rect.fill && stroke) {
      haru_.check(HPDF_Page_FillStroke(page_), what);
    } else if (rect.fill) {
      haru_.check(HPDF_Page_Fill(page_), what);
    } else {
      haru_.check(HPDF_Page_Stroke(page_), what);
    }
  }

  void draw(const layout::Image& image) {
    auto found = images_.find(image.path);
    if (found == images_.end()) {
      const std::string what = "loading the image " + image.path;
      const std::string extension = lower_extension(image.path);
      HPDF_Image handle = nullptr;
      if (extension == "png") {
        handle = HPDF_LoadPngImageFromFile(haru_.get(), image.path.c_str());
      } else if (extension == "jpg" || extension == "jpeg") {
        handle = HPDF_LoadJpegImageFromFile(haru_.get(), image.path.c_str());
      } else {
        throw PdfError("cannot use the image " + image.path + ": only PNG (.png) and JPEG (.jpg, .jpeg) are supported");
      }
      found = images_.emplace(image.path, haru_.check_not_null(handle, what)).first;
    }
    haru_.check(HPDF_Page_DrawImage(page_, found->second, real(image.x), pdf_y(image.y + image.height),
                                    real(image.width), real(image.height)),
                "drawing the image " + image.path + " on " + page_name(page_index_));
  }

  void draw(const layout::Link& link) {
    const std::string what = "adding a link on " + page_name(page_index_);
    HPDF_Rect rect{real(link.x), pdf_y(link.y + link.height), real(link.x + link.width), pdf_y(link.y)};
    HPDF_Destination target = find_destination(destinations_, link.anchor, "a link on " + page_name(page_index_));
    HPDF_Annotation annotation = haru_.check_not_null(HPDF_Page_CreateLinkAnnot(page_, rect, target), what);
    haru_.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), what);
    annotations_.push_back(annotation);
  }

  void draw(const layout::Anchor&) {}  // its destination was made before drawing began

  const layout::LaidOutDocument& doc_;
  const text::FontSet& fonts_;
  WriteOptions options_;
  layout::LaidOutDocument* release_ = nullptr;  ///< the document whose pages' items are freed once drawn
  HaruDocument haru_;
  std::vector<HPDF_Page> pages_;
  Destinations destinations_;
  std::map<std::string, std::string> font_names_;  // file → libharu's font name
  std::map<std::tuple<std::uint16_t, int, bool>, HPDF_Font> font_handles_;
  std::map<std::string, HPDF_Image> images_;
  std::vector<HPDF_Annotation> annotations_;  ///< the links, which PDF/A wants printable

  std::size_t page_index_ = 0;
  HPDF_Page page_ = nullptr;
  std::optional<ContentStream> content_;  ///< the current page's
  double page_height_ = 0;
  PageState state_;
};

}  // namespace

std::string render_pdf(const layout::LaidOutDocument& doc, const text::FontSet& fonts, WriteOptions options) {
  Writer writer(doc, fonts, options);
  return writer.render();
}

std::string render_pdf(layout::LaidOutDocument&& doc, const text::FontSet& fonts, WriteOptions options) {
  Writer writer(doc, fonts, options, true);
  return writer.render();
}

void write_pdf(const layout::LaidOutDocument& doc, const text::FontSet& fonts, const std::string& output_path,
               WriteOptions options) {
  write_file_atomically(output_path, render_pdf(doc, fonts, options));
}

void write_pdf(layout::LaidOutDocument&& doc, const text::FontSet& fonts, const std::string& output_path,
               WriteOptions options) {
  write_file_atomically(output_path, render_pdf(std::move(doc), fonts, options));
}

}  // namespace naskah::pdf
