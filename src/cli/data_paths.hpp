#pragma once
// Where naskah finds its templates, font mapping and message catalogues: beside its own executable (build/naskah → the source tree;
// bin/naskah → share/naskah), so that it works from any folder, with NASKAH_TEMPLATE_PATH and --template first.

#include <optional>
#include <string>
#include <vector>

namespace naskah::cli {

/// The folder holding templates/ and fonts/ for this executable, if any.
std::optional<std::string> data_root();

/// The folder holding the message catalogues (<language>/LC_MESSAGES/naskah.mo) for this executable, if any: the
/// build tree's locale/ beside build/naskah, or share/locale beside bin/naskah.
std::optional<std::string> locale_dir();

/// The folders to search for a template named `name`, in order: each entry of NASKAH_TEMPLATE_PATH (colon-separated)
/// and <data root>/templates.
std::vector<std::string> template_search_dirs();

/// The entries of NASKAH_FONT_PATH (colon-separated): folders of fonts searched after --font-dir's.
std::vector<std::string> font_path_from_environment();

/// The folder of template `name`, or nothing; `searched` receives the folders looked at, for the error message.
std::optional<std::string> find_template(const std::string& name, std::vector<std::string>* searched);

}  // namespace naskah::cli
