// output_is_input: an output is one of a command's inputs when it is the same file by any name — itself, a hard
// link, a symbolic link, a path through a linked folder — and not when it is another file or none yet.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../src/cli/input_files.hpp"

namespace fs = std::filesystem;
using naskah::cli::output_is_input;

TEST_CASE("an output that is an input, by any of its names, is named, another file is not", "[input-files]") {
  const fs::path dir = fs::temp_directory_path() / ("naskah-input-files-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "plan.xml") << "<rkt/>";
  std::ofstream(dir / "other.xml") << "<rkt/>";
  fs::create_hard_link(dir / "plan.xml", dir / "hard.pdf");
  fs::create_symlink("plan.xml", dir / "soft.pdf");
  fs::create_directory_symlink("..", dir / "sub" / "up");
  const std::vector<naskah::cli::InputFile> inputs{{(dir / "plan.xml").string(), "the plan"}};

  for (const fs::path& output : {dir / "plan.xml", dir / "hard.pdf", dir / "soft.pdf", dir / "sub" / "up" / "plan.xml"}) {
    INFO(output.string());
    CHECK(output_is_input(output.string(), inputs) ==
          "cannot write " + output.string() + ": it is the plan " + (dir / "plan.xml").string() +
              ", which naskah reads here; name another file for the output");
  }
  CHECK_FALSE(output_is_input((dir / "other.xml").string(), inputs));
  CHECK_FALSE(output_is_input((dir / "new.pdf").string(), inputs));  // none yet
  CHECK_FALSE(output_is_input((dir / "plan.xml").string(), {{(dir / "missing.xml").string(), "the plan"}}));
  CHECK(naskah::cli::files_under((dir / "sub").string()).empty());  // a link to a folder is not followed
  fs::remove_all(dir);
}
