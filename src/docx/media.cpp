#include "media.hpp"

#include <fstream>
#include <sstream>

#include "naskah/docx/docx_writer.hpp"
#include "naskah/text/translate.hpp"
#include "xml_part.hpp"

namespace naskah::docx::detail {
namespace {

bool starts_with(const std::string& bytes, std::string_view magic) { return bytes.compare(0, magic.size(), magic) == 0; }

}  // namespace

std::string Media::add(std::string bytes, const char* extension) {
  const std::string name = "media/image" + std::to_string(stored_.size() + 1) + "." + extension;
  stored_.emplace_back(name, std::move(bytes));
  return relationships_.add("image", name);
}

std::string Media::file(const std::string& path) {
  if (auto it = by_path_.find(path); it != by_path_.end()) return it->second;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf())) throw DocxError(text::tr("cannot read the image {}", path));
  std::string content = std::move(bytes).str();
  std::string id;
  if (starts_with(content, "\x89PNG\r\n\x1a\n")) {
    png_ = true;
    id = add(std::move(content), "png");
  } else if (starts_with(content, "\xFF\xD8\xFF")) {
    jpeg_ = true;
    id = add(std::move(content), "jpeg");
  } else {
    throw DocxError(text::tr("the image {} is neither PNG nor JPEG", path));
  }
  by_path_.emplace(path, id);
  return id;
}

std::string Media::png(std::string bytes) {
  png_ = true;
  return add(std::move(bytes), "png");
}

void Media::store(ZipWriter& zip) const {
  for (const auto& [name, bytes] : stored_) zip.add("word/" + name, bytes, false);
}

void add_inline_picture(pugi::xml_node run, const std::string& relationship, double width, double height, unsigned id,
                        const std::string& description) {
  const long long cx = emu(width);
  const long long cy = emu(height);
  const std::string name = "Gambar " + std::to_string(id);
  pugi::xml_node inline_ = add(add(run, "w:drawing"), "wp:inline");
  for (const char* distance : {"distT", "distB", "distL", "distR"}) inline_.append_attribute(distance).set_value(0);
  pugi::xml_node extent = add(inline_, "wp:extent", "cx", cx);
  extent.append_attribute("cy").set_value(cy);
  pugi::xml_node doc_properties = add(inline_, "wp:docPr", "id", static_cast<long long>(id));
  doc_properties.append_attribute("name").set_value(name.c_str());
  doc_properties.append_attribute("descr").set_value(description.c_str());
  add(add(inline_, "wp:cNvGraphicFramePr"), "a:graphicFrameLocks", "xmlns:a", ns_a)
      .append_attribute("noChangeAspect")
      .set_value(1);
  pugi::xml_node graphic = add(inline_, "a:graphic", "xmlns:a", ns_a);
  pugi::xml_node data = add(graphic, "a:graphicData", "uri", ns_pic);
  pugi::xml_node pic = add(data, "pic:pic", "xmlns:pic", ns_pic);
  pugi::xml_node non_visual = add(pic, "pic:nvPicPr");
  pugi::xml_node c_nv = add(non_visual, "pic:cNvPr", "id", static_cast<long long>(id));
  c_nv.append_attribute("name").set_value(name.c_str());
  add(non_visual, "pic:cNvPicPr");
  pugi::xml_node fill = add(pic, "pic:blipFill");
  add(fill, "a:blip", "r:embed", relationship);
  add(add(fill, "a:stretch"), "a:fillRect");
  pugi::xml_node shape = add(pic, "pic:spPr");
  pugi::xml_node transform = add(shape, "a:xfrm");
  pugi::xml_node offset = add(transform, "a:off", "x", 0LL);
  offset.append_attribute("y").set_value(0);
  pugi::xml_node size = add(transform, "a:ext", "cx", cx);
  size.append_attribute("cy").set_value(cy);
  add(add(shape, "a:prstGeom", "prst", "rect"), "a:avLst");
}

}  // namespace naskah::docx::detail
