#include "compiled_hyphenation.hpp"

#include <cstring>
#include <memory>
#include <vector>

namespace naskah::text {
namespace {

#include "indonesian_hyphenation.inc"

/// libhyphen's structures over the compiled arrays: each level's states and transitions in one vector each.
class CompiledDictionary {
 public:
  CompiledDictionary() {
    levels_.reserve(std::size(levels));
    for (const CompiledLevel* level : levels) add(*level);
    // Chained last to first, so that the pointers are taken once every level is in place.
    for (std::size_t i = 0; i + 1 < levels_.size(); ++i) levels_[i]->dict.nextlevel = &levels_[i + 1]->dict;
  }
  const HyphenDict* first() const { return &levels_.front()->dict; }

 private:
  struct Level {
    HyphenDict dict{};
    std::vector<HyphenState> states;
    std::vector<HyphenTrans> transitions;
  };

  void add(const CompiledLevel& compiled) {
    auto level = std::make_unique<Level>();
    HyphenDict& dict = level->dict;
    dict.lhmin = static_cast<char>(compiled.lhmin);
    dict.rhmin = static_cast<char>(compiled.rhmin);
    dict.clhmin = static_cast<char>(compiled.clhmin);
    dict.crhmin = static_cast<char>(compiled.crhmin);
    dict.nohyphen = const_cast<char*>(compiled.nohyphen);  // libhyphen only reads it
    dict.nohyphenl = compiled.nohyphenl;
    dict.num_states = compiled.num_states;
    std::strncpy(dict.cset, compiled.cset, sizeof dict.cset - 1);
    dict.utf8 = compiled.utf8;
    const auto count = static_cast<std::size_t>(compiled.num_states);
    level->transitions.resize(static_cast<std::size_t>(compiled.trans_begin[count]));
    for (std::size_t t = 0; t < level->transitions.size(); ++t) {
      level->transitions[t].ch = static_cast<char>(compiled.trans_char[t]);
      level->transitions[t].new_state = compiled.trans_state[t];
    }
    level->states.resize(count);
    auto text = [&](int offset) { return offset < 0 ? nullptr : const_cast<char*>(compiled.pool + offset); };
    for (std::size_t i = 0; i < count; ++i) {
      HyphenState& state = level->states[i];
      state.match = text(compiled.match[i]);
      state.repl = text(compiled.repl[i]);
      state.replindex = compiled.replindex[i];
      state.replcut = compiled.replcut[i];
      state.fallback_state = compiled.fallback[i];
      state.num_trans = compiled.trans_begin[i + 1] - compiled.trans_begin[i];
      state.trans = state.num_trans > 0 ? level->transitions.data() + compiled.trans_begin[i] : nullptr;
    }
    dict.states = level->states.data();
    levels_.push_back(std::move(level));
  }

  std::vector<std::unique_ptr<Level>> levels_;
};

}  // namespace

const HyphenDict* compiled_indonesian_dictionary() {
  static const CompiledDictionary dictionary;
  return dictionary.first();
}

}  // namespace naskah::text
