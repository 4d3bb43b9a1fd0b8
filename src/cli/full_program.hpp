#pragma once
// naskah comes as two executables. `naskah` is the program people run: every command but those that need a PDF
// reader or an HTTP server, so that it loads only the libraries a build uses (starting with qpdf and cpp-httplib,
// which bring GnuTLS and OpenSSL, took about two thirds of the time to start a build). `naskah-full` is the same
// program with every command; `naskah` hands it the commands it lacks (serve, extract, archive, diff of an archived
// PDF) by executing it in its own place, with the same arguments, so the user sees one program.

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
