// PlanForm: a plain field and an uploaded file of the same request are told apart by the file's name.

#include <catch2/catch.hpp>

#include "../src/serve/plan_form.hpp"

TEST_CASE("a form's plain fields and files are asked for each as what they are", "[serve]") {
  naskah::serve::PlanForm form;
  form.set("tahun", {"", "2025"});
  form.set("file", {"rkt.xml", "<rkt/>"});
  CHECK(form.value("tahun") == "2025");
  CHECK(form.value("file").empty());
  CHECK(form.value("missing").empty());
  REQUIRE(form.file("file"));
  CHECK(form.file("file")->content == "<rkt/>");
  CHECK(form.file("tahun") == nullptr);
  CHECK(form.file("missing") == nullptr);
}
