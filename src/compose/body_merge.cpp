#include "body_merge.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "naskah/plan/inline_text.hpp"
#include "naskah/text/comparison_key.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {
namespace {

/// A judul as it is compared: placeholders as written, letters in lower case, white space folded.
std::string title_key(const plan::InlineText& title) { return text::comparison_key(plan::to_display_string(title)); }

/// The index of the standard item `own` replaces: the one with its id when it has one, else the one with its judul.
template <class Item>
std::optional<std::size_t> match(const std::vector<Item>& standard, const Item& own) {
  for (std::size_t i = 0; i < standard.size(); ++i) {
    bool same = own.id.empty() ? title_key(standard[i].title) == title_key(own.title) : standard[i].id == own.id;
    if (same) return i;
  }
  return std::nullopt;
}

/// Where each item ends up: the standard ones in their order, each replaced, removed or kept, and the plan's
/// additions placed next to the plan's items written around them.
struct Slot {
  std::optional<std::size_t> standard;
  std::optional<std::size_t> own;
  bool removed = false;
};

template <class Item>
std::vector<Slot> arrange(const std::vector<Item>& standard, const std::vector<Item>& own, const std::string& plan_file,
                          std::string_view what, diag::Diagnostics& out) {
  std::vector<Slot> slots;
  for (std::size_t i = 0; i < standard.size(); ++i) slots.push_back({i, std::nullopt, false});
  std::vector<std::optional<std::size_t>> matches;
  for (const Item& item : own) matches.push_back(match(standard, item));
  auto slot_of_standard = [&](std::size_t index) {
    return static_cast<std::size_t>(
        std::find_if(slots.begin(), slots.end(), [&](const Slot& s) { return s.standard == index; }) - slots.begin());
  };
  std::optional<std::size_t> cursor;  // the slot of the plan's item placed last
  for (std::size_t i = 0; i < own.size(); ++i) {
    if (matches[i]) {
      cursor = slot_of_standard(*matches[i]);
      slots[*cursor].own = i;
      slots[*cursor].removed = own[i].omit;
      continue;
    }
    if (own[i].omit) {
      out.warning({plan_file, own[i].pos.line, own[i].pos.column}, "template-body",
                  text::tr("hapus=\"ya\": the template has no {} \"{}\" to remove", what,
                              own[i].id.empty() ? plan::to_display_string(own[i].title) : own[i].id));
      continue;
    }
    if (own[i].title.empty()) {
      out.error({plan_file, own[i].pos.line, own[i].pos.column}, "template-body",
                text::tr("the template has no {} id=\"{}\"; a {} of the plan's own needs a judul", what, own[i].id,
                            what));
    }
    std::size_t at = slots.size();
    if (cursor) {
      at = *cursor + 1;
    } else {
      for (std::size_t j = i + 1; j < own.size(); ++j) {
        if (matches[j]) {
          at = slot_of_standard(*matches[j]);
          break;
        }
      }
    }
    slots.insert(slots.begin() + static_cast<std::ptrdiff_t>(at), Slot{std::nullopt, i, false});
    cursor = at;
  }
  return slots;
}

std::vector<SourcedSection> merge_sections(const plan::Chapter* standard, const std::string& template_file,
                                           const plan::Chapter* own, const std::string& plan_file,
                                           diag::Diagnostics& out) {
  static const std::vector<plan::Section> none;
  const std::vector<plan::Section>& standard_sections = standard ? standard->sections : none;
  const std::vector<plan::Section>& own_sections = own ? own->sections : none;
  std::vector<SourcedSection> merged;
  for (const Slot& slot : arrange(standard_sections, own_sections, plan_file, "subbab", out)) {
    if (slot.removed) continue;
    if (slot.own) {
      // The plan's text; its judul, or the standard one when it writes none.
      const plan::Section& own_section = own_sections[*slot.own];
      const bool own_title = !own_section.title.empty() || !slot.standard;
      merged.push_back({&own_section, &plan_file, own_title ? &own_section : &standard_sections[*slot.standard],
                        own_title ? &plan_file : &template_file});
    } else {
      merged.push_back({&standard_sections[*slot.standard], &template_file, &standard_sections[*slot.standard],
                        &template_file});
    }
  }
  return merged;
}

}  // namespace

std::vector<SourcedChapter> merge_body(const std::vector<plan::Chapter>& standard, const std::string& template_file,
                                       const std::vector<plan::Chapter>& own, const std::string& plan_file,
                                       diag::Diagnostics& out) {
  std::vector<SourcedChapter> chapters;
  for (const Slot& slot : arrange(standard, own, plan_file, "bab", out)) {
    if (slot.removed) continue;
    const plan::Chapter* std_chapter = slot.standard ? &standard[*slot.standard] : nullptr;
    const plan::Chapter* own_chapter = slot.own ? &own[*slot.own] : nullptr;
    SourcedChapter chapter;
    chapter.id = std_chapter ? std_chapter->id : own_chapter->id;
    // The plan's judul, subjudul and text where it writes them, the template's standard ones where it does not.
    bool own_title = own_chapter && !own_chapter->title.empty();
    if (!own_title && std_chapter == nullptr) continue;  // a bab of the plan's own without judul: reported above
    chapter.title = own_title ? own_chapter : std_chapter;
    chapter.title_file = own_title ? &plan_file : &template_file;
    bool own_subtitles = own_chapter && (!own_chapter->subtitles.empty() || !std_chapter);
    chapter.subtitles = own_subtitles ? &own_chapter->subtitles : &std_chapter->subtitles;
    chapter.subtitles_file = own_subtitles ? &plan_file : &template_file;
    chapter.numbered = own_chapter && own_chapter->numbered ? *own_chapter->numbered
                       : std_chapter                      ? std_chapter->numbered.value_or(true)
                                                          : true;
    bool own_intro = own_chapter && (!own_chapter->blocks.empty() || !std_chapter);
    chapter.intro = own_intro ? SourcedBlocks{&own_chapter->blocks, &plan_file}
                              : SourcedBlocks{&std_chapter->blocks, &template_file};
    chapter.sections = merge_sections(std_chapter, template_file, own_chapter, plan_file, out);
    chapters.push_back(std::move(chapter));
  }
  return chapters;
}

}  // namespace naskah::compose::detail
