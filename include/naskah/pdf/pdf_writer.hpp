#pragma once
/// The last stage: pages laid out by layout/ become a PDF file through libharu 2.3.0. This is the only part of
/// naskah that knows libharu. It draws every item exactly where layout put it and decides nothing about where
/// things go: it never measures, breaks or moves text. (The one place it reads metrics is to place the words of a
/// justified run drawn through a Unicode (CID) face, where the PDF word-spacing operator does not apply, or with
/// spaces wider than libharu lets that operator make them (300 pt); it repeats layout's arithmetic there:
/// advances × size / 1000 + spaces × word_spacing.)
///
/// Fonts are the FontSet's TrueType files, embedded (libharu keeps the outlines of the glyphs used only). Text
/// that is entirely in Windows-1252 is drawn through single-byte faces; a run with any other character through a
/// Unicode face of the same file, loaded the first time one is needed. libharu 2.3.0 cannot draw characters above
/// U+FFFF: such a run is an error (checking is supposed to have reported it earlier).
///
/// The output depends only on the input: the dates are the metadata's, there is no document ID, font subset tags
/// follow the order in which faces are first used. The file is written beside the target and renamed over it
/// when complete, so a failed write leaves an existing target untouched.

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "naskah/io/atomic_file.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/pdf/embedded_file.hpp"
#include "naskah/layout/page_sink.hpp"
#include "naskah/text/font_set.hpp"

namespace naskah::pdf {

/// Any failure to make or write the PDF; the message says what was being done and, for libharu's errors, its
/// error number in hex and name (e.g. "libharu error 0x1017 HPDF_FILE_OPEN_ERROR").
class PdfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The PDF/A a document is made to, for archives (docs/archiving.md): XMP metadata, the sRGB output intent, a
/// file ID from the content; PDF/A-3b also carries the files it was made from.
enum class PdfaPart : unsigned char {
  none,
  a1b,  ///< ISO 19005-1 level B, PDF 1.4: a picture of the document
  a3b,  ///< ISO 19005-3 level B, PDF 1.7: the same, with its plan (and spreadsheet) inside
};

struct WriteOptions {
  PdfaPart pdfa = PdfaPart::none;
  /// The associated files of a PDF/A-3b (ignored otherwise): the plan (source), the annex's spreadsheet (data).
  std::vector<EmbeddedFile> attachments;
  /// PDF/A-3b: the template the document was made with and the SHA-256 of its template.xml, named in the
  /// document information (/NaskahTemplate, /NaskahTemplateSHA256) so that an archive's manifest can say what
  /// built each file.
  std::string template_name;
  std::string template_sha256;
  /// A core is free while the file is put together (one build, not a full batch): the document's fonts and
  /// images are compressed two at a time.
  bool spare_core = false;
};

/// Draws pages into a PDF as layout hands them on: each page is drawn, compressed and freed at once, so that a
/// long document is never held whole. Pages of a later sequence may come before those of an earlier one; each
/// takes its place in the file all the same. Throws PdfError.
class PdfBuilder final : public layout::PageSink {
 public:
  PdfBuilder(const text::FontSet& fonts, const layout::Metadata& metadata, WriteOptions options = {});
  ~PdfBuilder() override;
  PdfBuilder(const PdfBuilder&) = delete;
  PdfBuilder& operator=(const PdfBuilder&) = delete;

  void add_page(std::size_t sequence, std::size_t index, layout::Page page) override;

  /// The links, the outline, page labels (and PDF/A's parts) added: the file's bytes.
  [[nodiscard]] std::string finish(const std::vector<layout::OutlineEntry>& outline);
  /// The same, written to path atomically (temporary file in the same directory, fsync, rename): on any error an
  /// existing file at path is left untouched.
  void finish(const std::vector<layout::OutlineEntry>& outline, const std::string& path);
  /// The same, the file's last steps (fsync, rename) left to `placer`, and `done` told how they went.
  void finish(const std::vector<layout::OutlineEntry>& outline, const std::string& path, io::FilesPutInPlace& placer,
              io::FilesPutInPlace::Done done);

 private:
  class Writer;
  std::unique_ptr<Writer> writer_;
};

/// The PDF file's bytes for a laid-out document. Throws PdfError.
[[nodiscard]] std::string render_pdf(const layout::LaidOutDocument& doc, const text::FontSet& fonts,
                                     WriteOptions options = {});
/// The same, freeing each page's items as soon as it is drawn: what a long build wants (peak memory).
[[nodiscard]] std::string render_pdf(layout::LaidOutDocument&& doc, const text::FontSet& fonts,
                                     WriteOptions options = {});

/// Renders the document and writes it to output_path atomically (temporary file in the same directory, fsync,
/// rename). On any error throws PdfError, removes the temporary file and leaves an existing file untouched.
void write_pdf(const layout::LaidOutDocument& doc, const text::FontSet& fonts, const std::string& output_path,
               WriteOptions options = {});
/// The same, freeing each page's items as soon as it is drawn.
void write_pdf(layout::LaidOutDocument&& doc, const text::FontSet& fonts, const std::string& output_path,
               WriteOptions options = {});

}  // namespace naskah::pdf
