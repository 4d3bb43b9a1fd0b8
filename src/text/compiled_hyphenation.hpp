#pragma once
// Internal to the text layer: the Indonesian hyphenation dictionary compiled at build time. libhyphen reads its
// .dic file line by line into a state machine with a hash table and a small allocation per state: about a
// third of the instructions of building the sample plan. naskah_compile_hyphenation (src/text/tools/) loads the
// dictionary with libhyphen once, when naskah is built, and writes that state machine as constant arrays; at
// run time they are laid out as libhyphen's own HyphenDict in two allocations, and libhyphen's
// hnj_hyphen_hyphenate2 reads them as it reads a dictionary it loaded itself. The test
// compiled_hyphenation_test compares every break with the dictionary loaded from its file.

#include <hyphen.h>

namespace naskah::text {

/// One level of a compiled dictionary (libhyphen chains levels through nextlevel), as the generated arrays hold it.
struct CompiledLevel {
  int lhmin, rhmin, clhmin, crhmin;
  const char* nohyphen;  ///< nohyphenl + 1 strings, each ended by NUL; or nullptr
  int nohyphenl;
  int num_states;
  const char* cset;
  int utf8;
  const char* pool;      ///< match and repl strings, NUL-ended, at the offsets below (-1: none)
  const int* match;
  const int* repl;
  const signed char* replindex;
  const signed char* replcut;
  const int* fallback;
  const int* trans_begin;  ///< num_states + 1 offsets into trans_char / trans_state
  const unsigned char* trans_char;
  const int* trans_state;
};

/// The compiled Indonesian dictionary as libhyphen's structures, made on first use and kept for the process:
/// never to be given to hnj_hyphen_free.
const HyphenDict* compiled_indonesian_dictionary();

}  // namespace naskah::text
