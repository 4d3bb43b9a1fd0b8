// foreign-region: text copied from another unit's document keeps that unit's region. The seed's tujuan reads
// "Sekretariat Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Jepara" in a Luwu Timur plan. Where text names
// this unit ({instansi} or {singkatan}) and goes on to a region, the region must be this plan's — so law titles
// that name other regencies ("Pembentukan Kabupaten Mamuju Utara") are left alone.

#include <fmt/format.h>

#include <set>
#include <sstream>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

/// Whether text begins with prefix, ignoring case, and the prefix ends at a word boundary.
bool starts_with_word_ignoring_case(const std::string& text, const std::string& prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return text.size() == prefix.size() || !std::isalpha(static_cast<unsigned char>(text[prefix.size()]));
}

/// Where a region's kind begins in the text that follows the unit's name: after spaces and perhaps a parenthesis
/// ("(DPRD) Kabupaten Jepara"), a kind — Kabupaten, Kota or Provinsi, in any case — and a space; npos where the
/// text goes on otherwise. (Written out rather than as a std::regex, whose compiling took a twentieth of a
/// sample's build.)
std::size_t region_kind_at(const std::string& text) {
  auto spaces_from = [&](std::size_t i) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    return i;
  };
  std::size_t at = spaces_from(0);
  if (at < text.size() && text[at] == '(') {
    const std::size_t close = text.find(')', at);
    if (close == std::string::npos) return std::string::npos;
    at = spaces_from(close + 1);
  }
  for (const std::string kind : {"Kabupaten", "Kota", "Provinsi"}) {
    const std::size_t end = at + kind.size();
    if (end < text.size() && std::isspace(static_cast<unsigned char>(text[end])) &&
        starts_with_word_ignoring_case(text.substr(at), kind)) {
      return at;
    }
  }
  return std::string::npos;
}

/// The region's name as the text writes it: its kind and the capitalised words after it, up to the first word
/// that is no part of a name ("Kabupaten Jepara Tahun 2024" → "Kabupaten Jepara").
std::string region_named(const std::string& text) {
  static const std::set<std::string> not_names = {"Tahun", "Nomor", "Dalam", "Dan", "Yang", "Untuk", "Pada", "Tentang"};
  std::istringstream words(text);
  std::string word;
  std::string named;
  while (words >> word) {
    while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) word.pop_back();
    bool name_like = !word.empty() && std::isupper(static_cast<unsigned char>(word[0])) && not_names.count(word) == 0;
    if (!named.empty() && !name_like) break;
    named += (named.empty() ? "" : " ") + word;
  }
  return named;
}

class RegionChecker {
 public:
  RegionChecker(const plan::Plan& plan, diag::Diagnostics& out) : plan_(plan), out_(out) {}

  void text(const plan::InlineText& content) {
    // "{instansi} (DPRD) Kabupaten Jepara": the unit, an optional parenthesis, then a region's kind and name.
    for (std::size_t i = 0; i + 1 < content.size(); ++i) {
      const auto* unit = std::get_if<plan::Placeholder>(&content[i]);
      const auto* next = std::get_if<plan::InlineRun>(&content[i + 1]);
      if (unit == nullptr || next == nullptr || (unit->name != "instansi" && unit->name != "singkatan")) continue;
      const std::size_t kind = region_kind_at(next->text);
      if (kind == std::string::npos) continue;
      std::string rest = next->text.substr(kind);
      if (starts_with_word_ignoring_case(rest, plan_.instansi.daerah)) continue;
      std::string named = region_named(rest);
      out_.warning(at(plan_, unit->pos), "foreign-region",
                   text::tr("the text names {{{}}} of {}, but this plan is for {}; write {{daerah}}", unit->name,
                               named, plan_.instansi.daerah));
    }
  }

  void blocks(const std::vector<plan::Block>& content) {
    for (const plan::Block& block : content) {
      if (const auto* paragraph = std::get_if<plan::TextBlock>(&block)) {
        text(paragraph->text);
      } else if (const auto* list = std::get_if<plan::List>(&block)) {
        this->list(*list);
      } else if (const auto* definitions = std::get_if<plan::DefinitionList>(&block)) {
        for (const plan::Definition& item : definitions->items) text(item.text);
      } else if (const auto* figure = std::get_if<plan::Figure>(&block)) {
        text(figure->caption);
      } else if (const auto* chart = std::get_if<plan::OrgChart>(&block)) {
        text(chart->caption);
      } else if (const auto* table = std::get_if<plan::Table>(&block)) {
        text(table->caption);
      } else if (const auto* marker = std::get_if<plan::EvaluationTableMarker>(&block)) {
        text(marker->caption);
      } else if (const auto* data = std::get_if<plan::DataTableMarker>(&block)) {
        text(data->caption);
      } else if (const auto* graph = std::get_if<plan::ChartMarker>(&block)) {
        text(graph->caption);
      } else if (const auto* repeated = std::get_if<plan::RepeatedBlocks>(&block)) {
        blocks(repeated->blocks);
      }
    }
  }

  void list(const plan::List& content) {
    for (const plan::ListItem& item : content.items) {
      text(item.text);
      for (const plan::List& sublist : item.sublists) list(sublist);
    }
  }

 private:
  const plan::Plan& plan_;
  diag::Diagnostics& out_;
};

}  // namespace

void check_foreign_region(const plan::Plan& plan, diag::Diagnostics& out) {
  RegionChecker checker(plan, out);
  if (plan.kata_pengantar) checker.blocks(*plan.kata_pengantar);
  for (const plan::Chapter& chapter : plan.bab) {
    checker.text(chapter.title);
    for (const plan::Subtitle& subtitle : chapter.subtitles) checker.text(subtitle.text);
    checker.blocks(chapter.blocks);
    for (const plan::Section& section : chapter.sections) {
      checker.text(section.title);
      checker.blocks(section.blocks);
    }
  }
  for (const plan::Sasaran& sasaran : plan.rencana.sasaran) {
    if (sasaran.analisis) checker.blocks(sasaran.analisis->blocks);
  }
}

}  // namespace naskah::check
