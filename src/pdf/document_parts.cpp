#include "document_parts.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <utility>

#include "haru_internals.hpp"
#include "naskah/text/translate.hpp"
#include "page_labels.hpp"
#include "text_encoding.hpp"

namespace naskah::pdf {

namespace {

/// Rejects what libharu would silently turn into a space: characters above U+FFFF.
void require_bmp(const std::string& text, const std::string& context) {
  for (char32_t cp : decode_utf8(text)) {
    if (cp > 0xFFFF) {
      throw PdfError(text::tr("{}: cannot write {} in {}: libharu 2.3.0 handles only characters up to U+FFFF",
                              context, describe_code_point(cp), quoted(text)));
    }
  }
}

/// [page /XYZ null top null]: scroll to `top` and keep the reader's zoom and horizontal position.
/// HPDF_Destination_SetXYZ in libharu 2.3.0 rejects a zoom of 0 (which would mean "unchanged") and writes
/// numbers for all three, so the array is filled in directly after SetXYZ has validated the values.
void set_destination_top(HaruDocument& haru, HPDF_Destination destination, double top, const std::string& what) {
  haru.check(HPDF_Destination_SetXYZ(destination, 0, static_cast<HPDF_REAL>(top), 1), what);
  HPDF_Array array = destination;
  void* page = haru.check_not_null(HPDF_Array_GetItem(array, 0, HPDF_OCLASS_DICT), what);
  HPDF_Array_Clear(array);  // frees the direct objects; the page is an indirect object and stays
  HPDF_STATUS status = HPDF_Array_Add(array, page);
  status += HPDF_Array_AddName(array, "XYZ");
  status += HPDF_Array_Add(array, HPDF_Null_New(internals::array_memory(array)));
  status += HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(top));
  status += HPDF_Array_Add(array, HPDF_Null_New(internals::array_memory(array)));
  haru.check(status, what);
}

/// A label without a number ("", "Sampul"): HPDF_AddPageLabel insists on a numbering style, so the /S entry
/// of the range it just added is taken out again (a range with only a prefix shows the prefix alone).
void remove_last_label_style(HaruDocument& haru, const std::string& what) {
  auto* labels = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(internals::document_catalog(haru.get()), "PageLabels", HPDF_OCLASS_DICT));
  haru.check_not_null(labels, what);
  auto* nums = static_cast<HPDF_Array>(HPDF_Dict_GetItem(labels, "Nums", HPDF_OCLASS_ARRAY));
  haru.check_not_null(nums, what);
  const HPDF_UINT count = HPDF_Array_Items(nums);
  auto* label = count == 0 ? nullptr : static_cast<HPDF_Dict>(HPDF_Array_GetItem(nums, count - 1, HPDF_OCLASS_DICT));
  haru.check_not_null(label, what);
  haru.check(HPDF_Dict_RemoveElement(label, "S"), what);
}

}  // namespace

std::string quoted(const std::string& text) { return "\"" + shortened(text, 80) + "\""; }

std::string shortened(const std::string& text, std::size_t max_characters) {
  std::size_t end = 0;
  for (std::size_t characters = 0; end < text.size(); ++characters) {
    if (characters == max_characters) return text.substr(0, end) + "\u2026";
    U8_FWD_1(text.data(), end, text.size());
  }
  return text;
}

layout::Metadata written_metadata(const layout::Metadata& metadata) {
  layout::Metadata written = metadata;
  for (std::string* text : {&written.title, &written.author, &written.subject, &written.keywords, &written.creator}) {
    *text = shortened(*text, max_information_characters);
  }
  return written;
}

std::string page_name(std::size_t sequence, std::size_t index, const std::string& label) {
  std::string name = text::tr("page {} of page sequence {}", index + 1, sequence + 1);
  if (!label.empty()) name += " (" + quoted(label) + ")";
  return name;
}

std::string producer_name() { return std::string("naskah ") + NASKAH_VERSION + " (libharu " + HPDF_VERSION_TEXT + ")"; }

void set_info(HaruDocument& haru, const layout::Metadata& meta) {
  const std::string producer = producer_name();
  const std::pair<HPDF_InfoType, const std::string*> fields[] = {
      {HPDF_INFO_TITLE, &meta.title},     {HPDF_INFO_AUTHOR, &meta.author},   {HPDF_INFO_SUBJECT, &meta.subject},
      {HPDF_INFO_KEYWORDS, &meta.keywords}, {HPDF_INFO_CREATOR, &meta.creator}, {HPDF_INFO_PRODUCER, &producer},
  };
  // libharu encodes information strings with the document's current encoder, which cannot be unset again:
  // plain ASCII values first (written as they are), then the others as UTF-16BE through the UTF-8 encoder.
  for (bool ascii_pass : {true, false}) {
    for (const auto& [type, value] : fields) {
      if (value->empty() || is_printable_ascii(*value) != ascii_pass) continue;
      if (!ascii_pass) {
        require_bmp(*value, text::tr("document information"));
        haru.utf8_encoder();
        haru.check(HPDF_SetCurrentEncoder(haru.get(), "UTF-8"), text::tr("selecting the UTF-8 encoder"));
      }
      haru.check(HPDF_SetInfoAttr(haru.get(), type, value->c_str()),
                 text::tr("setting the document information to {}", quoted(*value)));
    }
  }
  HPDF_Date date{};
  date.year = meta.year;
  date.month = meta.month;
  date.day = meta.day;
  date.ind = 'Z';
  const std::string what = text::tr("setting the document date {}-{}-{}", meta.year, meta.month, meta.day);
  haru.check(HPDF_SetInfoDateAttr(haru.get(), HPDF_INFO_CREATION_DATE, date), what);
  haru.check(HPDF_SetInfoDateAttr(haru.get(), HPDF_INFO_MOD_DATE, date), what);
}

void add_destinations(HaruDocument& haru, const layout::Page& page, HPDF_Page handle, const std::string& name,
                      Destinations& destinations) {
  for (const layout::Item& item : page.items) {
    const auto* anchor = std::get_if<layout::Anchor>(&item);
    if (anchor == nullptr) continue;
    if (destinations.count(anchor->id) != 0) {
      throw PdfError(text::tr("anchor {} is defined twice (again on {})", quoted(anchor->id), name));
    }
    const std::string what = text::tr("creating the destination of anchor {}", quoted(anchor->id));
    HPDF_Destination destination = haru.check_not_null(HPDF_Page_CreateDestination(handle), what);
    const double top = std::clamp(page.height - anchor->y, 0.0, page.height);
    set_destination_top(haru, destination, top, what);
    destinations.emplace(anchor->id, destination);
  }
}

HPDF_Destination find_destination(const Destinations& destinations, const std::string& anchor,
                                  const std::string& used_by) {
  const auto found = destinations.find(anchor);
  if (found == destinations.end()) {
    throw PdfError(text::tr("{} leads to anchor {}, which no page has", used_by, quoted(anchor)));
  }
  return found->second;
}

void add_outline(HaruDocument& haru, const std::vector<layout::OutlineEntry>& outline,
                 const Destinations& destinations) {
  if (outline.empty()) return;
  std::vector<HPDF_Outline> parents;  // parents[level]: the last entry at that level
  for (const layout::OutlineEntry& entry : outline) {
    const std::string what = text::tr("adding the outline entry {}", quoted(entry.title));
    const std::string title = shortened(entry.title, max_outline_characters);
    // Without an encoder libharu writes the bytes as they are (read as PDFDocEncoding): right for ASCII only.
    // With the UTF-8 encoder it writes UTF-16BE with a byte order mark, which every reader decodes.
    HPDF_Encoder encoder = nullptr;
    if (!is_printable_ascii(title)) {
      require_bmp(title, text::tr("outline entry"));
      encoder = haru.utf8_encoder();
    }
    const auto level = static_cast<std::size_t>(std::max(entry.level, 0));
    HPDF_Outline parent = nullptr;  // the root
    if (level > 0 && !parents.empty()) parent = parents[std::min(level, parents.size()) - 1];
    HPDF_Outline item =
        haru.check_not_null(HPDF_CreateOutline(haru.get(), parent, title.c_str(), encoder), what);
    HPDF_Destination destination =
        find_destination(destinations, entry.anchor, text::tr("the outline entry {}", quoted(entry.title)));
    haru.check(HPDF_Outline_SetDestination(item, destination), what);
    haru.check(HPDF_Outline_SetOpened(item, level == 0 ? HPDF_TRUE : HPDF_FALSE), what);
    parents.resize(std::min(level, parents.size()) + 1);
    parents.back() = item;
  }
  haru.check(HPDF_SetPageMode(haru.get(), HPDF_PAGE_MODE_USE_OUTLINE), text::tr("opening the outline panel"));
}

void add_page_labels(HaruDocument& haru, const std::vector<std::string>& labels) {
  for (const LabelRange& range : label_ranges(labels)) {
    const std::string what = text::tr("setting the page label of page {}", range.first_page + 1);
    if (!is_printable_ascii(range.prefix)) {
      throw PdfError(text::tr("{}: the label {} has characters other than printable ASCII, which page labels cannot hold here",
                              what, quoted(labels[range.first_page])));
    }
    HPDF_PageNumStyle style = HPDF_PAGE_NUM_STYLE_DECIMAL;
    if (range.style == LabelStyle::lower_roman) style = HPDF_PAGE_NUM_STYLE_LOWER_ROMAN;
    if (range.style == LabelStyle::upper_roman) style = HPDF_PAGE_NUM_STYLE_UPPER_ROMAN;
    haru.check(HPDF_AddPageLabel(haru.get(), static_cast<HPDF_UINT>(range.first_page), style,
                                 static_cast<HPDF_UINT>(range.start),
                                 range.prefix.empty() ? nullptr : range.prefix.c_str()),
               what);
    if (range.style == LabelStyle::none) remove_last_label_style(haru, what);
  }
}

}  // namespace naskah::pdf
