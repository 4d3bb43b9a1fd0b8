#pragma once
/// A file carried inside a PDF/A-3 as an associated file of the document (ISO 19005-3): the plan the PDF was
/// built from (its source) and the spreadsheet its annex was imported from (its data). An archive that holds its
/// own plan can be rebuilt, compared with the next revision and read again by programs years later.

#include <string>

namespace naskah::pdf {

/// What the file is to the document (the filespec's /AFRelationship).
enum class FileRelationship : unsigned char {
  source,  ///< the document was made from it: the plan
  data,    ///< the data shown in the document: the annex's spreadsheet
};

struct EmbeddedFile {
  std::string name;   ///< the file's name without its folder, as readers offer to save it
  std::string bytes;  ///< exactly the bytes read; their MD5 goes into /Params /CheckSum
  std::string mime;   ///< "application/xml"
  std::string description;
  FileRelationship relationship = FileRelationship::source;
};

}  // namespace naskah::pdf
