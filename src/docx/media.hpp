#pragma once
// Internal to the DOCX writer: the pictures of the document (word/media/): the image files the document tree names
// (the logo, figures, scanned signatures), each stored once however often it is shown, and pictures made for the
// DOCX (the organisation chart); and the inline drawing that shows one in a paragraph.

#include <pugixml.hpp>

#include <map>
#include <string>
#include <vector>

#include "relationships.hpp"
#include "zip_writer.hpp"

namespace naskah::docx::detail {

class Media {
 public:
  explicit Media(Relationships& relationships) : relationships_(relationships) {}

  /// The relationship id of the PNG or JPEG file at `path`, read the first time. Throws DocxError when it cannot be
  /// read or is neither.
  std::string file(const std::string& path);
  /// The relationship id of a PNG made in memory.
  std::string png(std::string bytes);

  /// Whether a picture of the kind is stored: its content type is declared.
  [[nodiscard]] bool has_png() const { return png_; }
  [[nodiscard]] bool has_jpeg() const { return jpeg_; }

  /// Stores the pictures under word/media/.
  void store(ZipWriter& zip) const;

 private:
  std::string add(std::string bytes, const char* extension);
  Relationships& relationships_;
  std::map<std::string, std::string> by_path_;  ///< file → relationship id
  std::vector<std::pair<std::string, std::string>> stored_;  ///< name under word/, bytes
  bool png_ = false;
  bool jpeg_ = false;
};

/// An inline picture of `width` × `height` points in `run`: the drawing Word writes for a picture in the text. `id`
/// is unique in the document; `description` is its alternative text.
void add_inline_picture(pugi::xml_node run, const std::string& relationship, double width, double height, unsigned id,
                        const std::string& description);

}  // namespace naskah::docx::detail
