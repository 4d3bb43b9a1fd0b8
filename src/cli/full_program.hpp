#pragma once
// naskah comes as two executables. `naskah` is the program people run: every command but those that need a PDF
// reader, an HTTP server, a workbook or a DOCX, so that it loads only the libraries a PDF build uses (starting
// with qpdf and cpp-httplib, which bring GnuTLS and OpenSSL, took about two thirds of the time to start a build;
// cairo, libzip and libxlsxwriter most of the rest). `naskah-full` is the same program with every command;
// `naskah` hands it what it lacks (serve, extract, archive, import, export, a diff of an archived PDF, a build or
// batch asking for a DOCX) by executing it in its own place, with the same arguments, so the user sees one program.

#include <string>
#include <vector>

namespace naskah::cli {

/// Keeps argv for become_full_program.
void remember_command_line(int argc, char** argv);

/// Whether this executable lacks what `args` (the command and its arguments) needs.
bool needs_full_program(const std::vector<std::string>& args);

/// Executes naskah-full in this process's place with the remembered arguments: beside this executable (the build
/// tree) or in libexec/naskah/ beside its bin/ (an installation). Returns only when it cannot, having said why,
/// with the exit status to end with.
int become_full_program();

}  // namespace naskah::cli
