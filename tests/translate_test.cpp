// Messages through the catalogue: English when no language is chosen (every other unit test relies on it), the
// Indonesian of the build tree's catalogue when it is, and the English again when a translation is broken.

#include <catch2/catch.hpp>

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <string>

#include "naskah/diag/report.hpp"
#include "naskah/text/translate.hpp"

using naskah::text::format_translation;
using naskah::text::tr;
using naskah::text::tr_plural;
using naskah::text::tr_text;

namespace {

/// Indonesian for the test's length, as main() chooses it on a machine without the id_ID locale: C.UTF-8 with
/// LANGUAGE=id, the catalogue of the build tree.
class Indonesian {
 public:
  Indonesian() {
    std::setlocale(LC_MESSAGES, "C.UTF-8");
    setenv("LANGUAGE", "id", 1);
    bindtextdomain(naskah::text::message_domain, NASKAH_BINARY_DIR "/locale");
    bind_textdomain_codeset(naskah::text::message_domain, "UTF-8");
  }
  ~Indonesian() {
    std::setlocale(LC_MESSAGES, "C");
    unsetenv("LANGUAGE");
  }
  Indonesian(const Indonesian&) = delete;
  Indonesian& operator=(const Indonesian&) = delete;
};

}  // namespace

TEST_CASE("without a chosen language every message is its English", "[translate]") {
  CHECK(std::string(tr_text("warning")) == "warning");
  CHECK(tr("{}, {} in {}", "0 errors", "6 warnings", "1 file") == "0 errors, 6 warnings in 1 file");
  CHECK(tr_plural("{} file", "{} files", 1, 1) == "1 file");
  CHECK(tr_plural("{} file", "{} files", 3, 3) == "3 files");
  naskah::diag::Diagnostic d{naskah::diag::Severity::warning, {"plan.xml", 4, 7}, "it is so", "numbering"};
  CHECK(naskah::diag::format_text(d) == "plan.xml:4:7: warning: it is so [numbering]");
}

TEST_CASE("with Indonesian chosen the catalogue's text is used", "[translate]") {
  Indonesian indonesian;
  CHECK(std::string(tr_text("warning")) == "peringatan");
  CHECK(std::string(tr_text("error")) == "kesalahan");
  CHECK(tr_plural("{} file", "{} files", 1, 1) == "1 berkas");
  CHECK(tr_plural("{} warning", "{} warnings", 6, 6) == "6 peringatan");
  naskah::diag::Diagnostic d{naskah::diag::Severity::error, {"plan.xml", 4, 7}, "…", "numbering"};
  CHECK(naskah::diag::format_text(d) == "plan.xml:4:7: kesalahan: … [numbering]");
  // A machine value stays English in JSON whatever the language.
  CHECK(naskah::diag::format_json({d}).find(R"("severity":"error")") != std::string::npos);
  // A text the catalogue does not have is its English.
  CHECK(tr("no such message {}", 1) == "no such message 1");
}

TEST_CASE("a broken translation gives the English, never an exception", "[translate]") {
  CHECK(format_translation("{1} dari {0}", "{} of {}", 1, 2) == "2 dari 1");
  CHECK(format_translation("{} dari {", "{} of {}", 1, 2) == "1 of 2");           // unbalanced brace
  CHECK(format_translation("{} dari {} {}", "{} of {}", 1, 2) == "1 of 2");      // a field too many
  CHECK(format_translation("{:d} dari {}", "{} of {}", "x", 2) == "x of 2");     // a spec the argument lacks
  CHECK(format_translation("{0} dari {}", "{} of {}", 1, 2) == "1 of 2");        // manual and automatic mixed
}
