#pragma once
/// Writing rows as a CSV file (RFC 4180) that spreadsheets open as they are: UTF-8 with a byte order mark (without
/// it Excel takes the file for the local 8-bit code page), rows ended by CRLF, a cell in quotes — its quotes doubled
/// — when it holds the separator, a quote, a line break, or white space at either end.

#include <string>
#include <vector>

namespace naskah::plan {

std::string write_csv(const std::vector<std::vector<std::string>>& rows, char separator);

}  // namespace naskah::plan
