#pragma once
/// A laid-out page as plain text, one positioned item a line — what the golden layout tests compare
/// (tests/golden/, docs/testing.md) and what a test or a debugging session prints to see a page. Positions and sizes
/// are rounded to 0.01 pt, so that the dump of a document is the same on every machine that has the same fonts.
///
///     page 2 'ii' 595.28x841.89
///     anchor kata-pengantar 85.04
///     text 221.37 101.06 [Liberation Serif bold 14] 'KATA PENGANTAR' w=119.39
///     rule 85.04 300.00 510.24 300.00 w=0.50
///     rect 85.04 300.00 425.20 20.00 fill=#D9D9D9
///     image 226.77 200.00 141.73 141.73 samples/logo.png
///     link 85.04 97.30 425.20 18.00 -> bab-1

#include <string>
#include <vector>

#include "naskah/layout/page.hpp"

namespace naskah::layout {

/// The page, numbered `number` (from 1) in its document. A text run's face is named by `family_names` (indexed by
/// FontFace::family), or by its index when the names are not given.
std::string dump_page(const Page& page, std::size_t number, const std::vector<std::string>& family_names = {});

/// The outline of a document, one entry a line with its level: "outline 0 bab-1 'BAB I PENDAHULUAN'".
std::string dump_outline(const std::vector<OutlineEntry>& outline);

}  // namespace naskah::layout
