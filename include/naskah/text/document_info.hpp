#pragma once
/// What a document says of itself besides its pages: its outline and its information dictionary. Composition fills
/// them from the plan, layout hands them on and the writers write them; so they stand below all three.

#include <string>

namespace naskah::text {

/// A bookmark in the PDF outline, in document order; level 0 is a top entry (a bab), 1 below it (a subbab).
struct OutlineEntry {
  std::string title;
  std::string anchor;
  int level = 0;
};

/// Document information (PDF Info dictionary).
struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator;
  /// The document's date, never the clock: from the plan (or SOURCE_DATE_EPOCH), as Y, M, D.
  int year = 2000, month = 1, day = 1;
};

}  // namespace naskah::text
