#pragma once
// Pages turned to landscape inside a portrait run of pages: an organisation chart too wide for the portrait text
// stands on a landscape page of its own, as offices print it, between the text before it and the text after it.

#include <vector>

#include "naskah/compose/document.hpp"

namespace naskah::compose::detail {

/// `sequence` cut before and after each of its groups marked landscape_page: the group on pages of `landscape`, the
/// numbering going on through them. A sequence with none comes back as it is, alone.
[[nodiscard]] std::vector<PageSequence> turn_landscape_groups(PageSequence sequence, const PageStyle& landscape);

}  // namespace naskah::compose::detail
