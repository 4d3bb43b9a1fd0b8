#pragma once
// The language of naskah's messages, chosen from the environment as GNU programs choose it (LC_ALL, LC_MESSAGES,
// LANG, and LANGUAGE before them), and the catalogues found beside the executable. Only LC_MESSAGES is set:
// numbers are read and written in the C locale whatever the user's language.

namespace naskah::cli {

/// Called once, first thing in main.
void choose_message_language();

}  // namespace naskah::cli
