#include "naskah/pdf/archived_plan.hpp"

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <optional>
#include <stdexcept>

#include "md5_digest.hpp"
#include "naskah/plan/plan_size.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::pdf {
namespace {

/// Collects a stream's decoded bytes and stops the decoding past the limit (by throwing, which qpdf turns into a
/// failed decoding): a small stream that inflates to gigabytes costs no more than the limit.
class BoundedBytes final : public Pipeline {
 public:
  BoundedBytes(std::string& out, std::size_t limit) : Pipeline("naskah bounded bytes", nullptr), out_(out), limit_(limit) {}
  void write(unsigned char const* data, size_t length) override {
    if (length > limit_ - out_.size()) {
      exceeded_ = true;
      throw std::length_error("past the limit");
    }
    out_.append(reinterpret_cast<const char*>(data), length);
  }
  [[nodiscard]] bool exceeded() const { return exceeded_; }
  void finish() override {}
  static std::string too_large() {
    return text::tr("the embedded plan is larger than a plan may be ({} MB)", plan::max_plan_bytes / (1024 * 1024));
  }

 private:
  std::string& out_;
  std::size_t limit_;
  bool exceeded_ = false;
};

bool is_xml(const std::string& mime) { return mime == "application/xml" || mime == "text/xml"; }

/// The first of the catalog's associated files that is the document's source and XML.
std::optional<QPDFObjectHandle> source_spec(QPDF& pdf) {
  QPDFObjectHandle associated = pdf.getRoot().getKey("/AF");
  if (!associated.isArray()) return std::nullopt;
  for (int i = 0; i < associated.getArrayNItems(); ++i) {
    QPDFObjectHandle spec = associated.getArrayItem(i);
    if (!spec.isDictionary() || !spec.getKey("/AFRelationship").isNameAndEquals("/Source")) continue;
    QPDFFileSpecObjectHelper helper(spec);
    QPDFObjectHandle stream = helper.getEmbeddedFileStream();
    if (stream.isStream() && is_xml(QPDFEFStreamObjectHelper(stream).getSubtype())) return spec;
  }
  return std::nullopt;
}

/// A text value of the document information, or empty.
std::string information(QPDFObjectHandle info, const std::string& key) {
  if (!info.isDictionary()) return {};
  QPDFObjectHandle value = info.getKey(key);
  return value.isString() ? value.getUTF8Value() : std::string();
}

ArchivedPlan read_plan(QPDF& pdf) {
  const std::optional<QPDFObjectHandle> spec = source_spec(pdf);
  if (!spec) throw ArchiveError(text::tr("it carries no plan (a PDF/A-3b that naskah build --pdfa writes does)"));
  QPDFFileSpecObjectHelper file(*spec);
  QPDFObjectHandle stream = file.getEmbeddedFileStream();
  QPDFEFStreamObjectHelper embedded(stream);
  if (embedded.getSize() > plan::max_plan_bytes) throw ArchiveError(BoundedBytes::too_large());
  const std::string checksum = embedded.getChecksum();
  if (checksum.size() != 16) throw ArchiveError(text::tr("the embedded plan has no checksum to verify it by"));
  ArchivedPlan out;
  out.name = file.getFilename();
  BoundedBytes bytes(out.bytes, plan::max_plan_bytes);
  const bool decoded = stream.pipeStreamData(&bytes, nullptr, 0, qpdf_dl_generalized, true);
  if (bytes.exceeded()) throw ArchiveError(BoundedBytes::too_large());
  if (!decoded) throw ArchiveError(text::tr("the embedded plan cannot be decoded"));
  const Md5Digest digest = md5_of(out.bytes);
  if (checksum != std::string(digest.begin(), digest.end())) {
    throw ArchiveError(text::tr("the embedded plan does not match its checksum: the archive is damaged"));
  }
  QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
  out.producer = information(info, "/Producer");
  out.template_name = information(info, "/NaskahTemplate");
  out.template_sha256 = information(info, "/NaskahTemplateSHA256");
  return out;
}

/// The plan of the PDF that `open` gives qpdf, qpdf's failures said as ArchiveError.
ArchivedPlan read_with_qpdf(const std::function<void(QPDF&)>& open) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    open(pdf);
    return read_plan(pdf);
  } catch (const ArchiveError&) {
    throw;
  } catch (const std::exception& e) {
    // qpdf's own words (English) say what is broken; the sentence around them is the user's language.
    throw ArchiveError(text::tr("the PDF cannot be read: {}", e.what()));
  }
}

}  // namespace

ArchivedPlan read_archived_plan(const std::string& path) {
  if (!looks_like_pdf(path)) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ArchiveError(text::tr("cannot read the file: {}", std::strerror(errno)));
    throw ArchiveError(text::tr("it is not a PDF"));
  }
  return read_with_qpdf([&](QPDF& pdf) { pdf.processFile(path.c_str()); });
}

ArchivedPlan read_archived_plan_in_memory(std::string_view bytes) {
  if (bytes.substr(0, 5) != "%PDF-") throw ArchiveError(text::tr("it is not a PDF"));
  return read_with_qpdf([&](QPDF& pdf) { pdf.processMemoryFile("memory", bytes.data(), bytes.size()); });
}

}  // namespace naskah::pdf
