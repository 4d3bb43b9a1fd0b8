#pragma once
/// The parts of the PDF around the pages' content: document information, destinations of anchors, the outline
/// (bookmarks) and page labels. Each is a function over libharu's document, in the order pdf_writer calls them.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "haru_document.hpp"
#include "naskah/layout/page.hpp"

namespace naskah::pdf {

/// "\"text\"", for messages; a text longer than 80 characters is shortened (see shortened).
std::string quoted(const std::string& text);

/// The text cut after `max_characters` characters (never inside one), with "…" for the rest; as it is when
/// shorter. libharu refuses strings of more than 65,535 bytes, and readers show an outline entry or a title on one
/// line: a heading of a whole paragraph is shortened there, never refused.
std::string shortened(const std::string& text, std::size_t max_characters);

/// The longest outline entry and document information value written, in characters.
inline constexpr std::size_t max_outline_characters = 500;
inline constexpr std::size_t max_information_characters = 1000;

/// The metadata as written (the document information and, for PDF/A, the XMP packet, which must agree): each
/// text shortened to max_information_characters.
layout::Metadata written_metadata(const layout::Metadata& metadata);

/// A page as messages name it: "page 2 of page sequence 3 (\"14\")", its place in its page sequence and the label
/// printed on it. (Pages are drawn as layout finishes them, not always in the file's order, so the physical page
/// number may not be known yet.)
std::string page_name(std::size_t sequence, std::size_t index, const std::string& label);

/// Title, Author, Subject, Keywords, Creator, Producer ("naskah <version> (libharu 2.3.0)") and CreationDate =
/// ModDate = the metadata's date at 00:00:00Z — never the clock. Non-ASCII values are written as UTF-16BE.
/// The producer the document information and the XMP name: naskah and libharu with their versions.
std::string producer_name();

void set_info(HaruDocument& haru, const layout::Metadata& metadata);

using Destinations = std::map<std::string, HPDF_Destination>;

/// A destination for every anchor of a page, [page /XYZ null top null] (scroll there, keep the zoom). An anchor
/// id used twice is a PdfError.
void add_destinations(HaruDocument& haru, const layout::Page& page, HPDF_Page handle, const std::string& name,
                      Destinations& destinations);

/// The destination of an anchor; a PdfError naming `used_by` when no page has it.
HPDF_Destination find_destination(const Destinations& destinations, const std::string& anchor,
                                  const std::string& used_by);

/// The outline, nested by level (an entry deeper than the one before hangs under the last shallower one), top
/// entries open; opens the outline panel when there is an outline.
void add_outline(HaruDocument& haru, const std::vector<layout::OutlineEntry>& outline,
                 const Destinations& destinations);

/// Page labels: the fewest numbering ranges that reproduce the labels of the pages, in the file's order (see
/// page_labels.hpp).
void add_page_labels(HaruDocument& haru, const std::vector<std::string>& labels);

}  // namespace naskah::pdf
