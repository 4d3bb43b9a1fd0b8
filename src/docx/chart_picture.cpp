#include "chart_picture.hpp"

#include <cairo-ft.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>

#include <cmath>
#include <map>
#include <memory>

#include "naskah/docx/docx_writer.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::docx::detail {
namespace {

/// cairo faces of the font files, one per face used, made from the file fontconfig-free (its path in a pattern).
class CairoFaces {
 public:
  explicit CairoFaces(const text::FontSet& fonts) : fonts_(fonts) {}
  ~CairoFaces() {
    for (auto& [key, face] : faces_) cairo_font_face_destroy(face);
  }
  CairoFaces(const CairoFaces&) = delete;
  CairoFaces& operator=(const CairoFaces&) = delete;

  cairo_font_face_t* face(text::FontFace face) {
    const int key = face.family * 4 + face.style_index();
    if (auto it = faces_.find(key); it != faces_.end()) return it->second;
    const std::string& path = fonts_.files(face.family).paths[static_cast<std::size_t>(face.style_index())];
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FILE, reinterpret_cast<const FcChar8*>(path.c_str()));
    FcPatternAddInteger(pattern, FC_INDEX, 0);
    cairo_font_face_t* made = cairo_ft_font_face_create_for_pattern(pattern);
    FcPatternDestroy(pattern);
    faces_.emplace(key, made);
    return made;
  }

 private:
  const text::FontSet& fonts_;
  std::map<int, cairo_font_face_t*> faces_;
};

void set_color(cairo_t* cr, const layout::Color& color) {
  cairo_set_source_rgb(cr, color.r / 255.0, color.g / 255.0, color.b / 255.0);
}

void draw(cairo_t* cr, const layout::Item& item, CairoFaces& faces) {
  if (const auto* rect = std::get_if<layout::Rect>(&item)) {
    cairo_rectangle(cr, rect->x, rect->y, rect->width, rect->height);
    if (rect->fill) {
      set_color(cr, *rect->fill);
      cairo_fill_preserve(cr);
    }
    if (rect->stroke) {
      set_color(cr, *rect->stroke);
      cairo_set_line_width(cr, rect->stroke_width);
      cairo_stroke_preserve(cr);
    }
    cairo_new_path(cr);
  } else if (const auto* rule = std::get_if<layout::Rule>(&item)) {
    set_color(cr, rule->color);
    cairo_set_line_width(cr, rule->thickness);
    cairo_move_to(cr, rule->x1, rule->y1);
    cairo_line_to(cr, rule->x2, rule->y2);
    cairo_stroke(cr);
  } else if (const auto* run = std::get_if<layout::TextRun>(&item)) {
    cairo_set_font_face(cr, faces.face(run->face));
    cairo_set_font_size(cr, run->size);
    set_color(cr, run->color);
    cairo_move_to(cr, run->x, run->baseline);
    cairo_show_text(cr, run->text.c_str());
    cairo_new_path(cr);
  }
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string chart_png(const layout::OrgChartDrawing& drawing, const text::FontSet& fonts, double dots_per_inch) {
  const double scale = dots_per_inch / 72.0;
  const int width = std::max(1, static_cast<int>(std::ceil(drawing.width * scale)));
  const int height = std::max(1, static_cast<int>(std::ceil(drawing.height * scale)));
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> context(cairo_create(surface.get()), cairo_destroy);
  cairo_t* cr = context.get();
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  // Glyphs where layout measured them: no hinting of outlines or of advances.
  std::unique_ptr<cairo_font_options_t, decltype(&cairo_font_options_destroy)> options(cairo_font_options_create(),
                                                                                       cairo_font_options_destroy);
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
  cairo_set_font_options(cr, options.get());
  {
    CairoFaces faces(fonts);
    for (const layout::Item& item : drawing.items) draw(cr, item, faces);
    cairo_surface_flush(surface.get());
    context.reset();  // the faces go after the context that uses them
  }
  std::string png;
  const cairo_status_t status = cairo_surface_write_to_png_stream(surface.get(), append_bytes, &png);
  if (status != CAIRO_STATUS_SUCCESS) {
    throw DocxError(text::tr("cannot draw the organisation chart: {}", cairo_status_to_string(status)));
  }
  return png;
}

}  // namespace naskah::docx::detail
