// Another paper for a template: A4 or F4 whatever the template says, its pages keeping their orientation and
// margins — so that an office printing on A4 needs no copy of the template.

#include "naskah/compose/compose.hpp"

namespace naskah::compose {
namespace {

void resize(PageSetup& page, Paper paper) {
  const bool landscape = page.width > page.height;
  const double mm = 72.0 / 25.4;
  const double narrow = (paper == Paper::a4 ? 210 : 215) * mm;
  const double tall = (paper == Paper::a4 ? 297 : 330) * mm;
  page.width = landscape ? tall : narrow;
  page.height = landscape ? narrow : tall;
}

}  // namespace

Template with_paper(const Template& t, Paper paper) {
  Template out = t;
  resize(out.page, paper);
  if (out.annex && out.annex->page) resize(*out.annex->page, paper);
  for (PartSettings& part : out.parts) {
    if (part.page) resize(*part.page, paper);
  }
  return out;
}

}  // namespace naskah::compose
