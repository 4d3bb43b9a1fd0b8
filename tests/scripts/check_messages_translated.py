#!/usr/bin/env python3
"""No user-facing text bypasses the catalogue: wherever src/ hands a text to the user — a diagnostic (error(),
warning(), a parse failure), an exception, a note of a build, standard output or error — an English literal must
stand inside tr(), tr_plural(), tr_text() or tr_mark(). Texts of std::logic_error and its kin (a bug in naskah, never
the user's doing) may stay English. Usage: check_messages_translated.py SOURCE_DIR; with --self-test, checks that
the scan finds each kind of bypass."""

import os
import re
import sys

# Where a text goes to the user: a call's arguments, or a stream statement up to its ';'.
CALL_SINKS = re.compile(
    r"(?:\.|->|\b)(?:error|warning|note|problems_|problem|fail|bad_value|report_bad_value|usage_error|refuse)\s*\("
    r"|\bfmt::print\s*\("
    r"|\b(?:notes|warnings|problems)\s*\.\s*push_back\s*\("
    r"|\bthrow\s+(?!std::(?:logic_error|invalid_argument|out_of_range|length_error|domain_error)\b)[\w:]+\s*\(")
STREAM_SINKS = re.compile(r"\bstd::(?:cerr|cout)\s*<<")
TRANSLATED = re.compile(r"\btr(?:_plural|_text|_mark)?\s*\(")
# The program's own name, a command's and an option's, which no language translates ("naskah 0.1.0", "naskah build",
# "--nip {}: {}").
UNTRANSLATED_WORDS = re.compile(r"\bnaskah(?: (?:check|build|batch|diff|init|import-csv|export-csv|import|export)\b)?|--[a-z][a-z-]*")


def code_and_literals(source):
    """The source with comments blanked and each string literal replaced by "#N", and the literals' texts."""
    out = []
    literals = []
    i = 0
    n = len(source)
    while i < n:
        if source.startswith("//", i):
            j = source.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
            continue
        if source.startswith("/*", i):
            j = source.index("*/", i) + 2
            out.append(re.sub(r"[^\n]", " ", source[i:j]))
            i = j
            continue
        raw = re.match(r'R"([^(\s]{0,16})\(', source[i:i + 20])
        if raw and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_")):
            end = source.index(")" + raw.group(1) + '"', i + raw.end())
            literals.append(source[i + raw.end():end])
            out.append(f'"#{len(literals) - 1}"' + "\n" * source[i:end].count("\n"))
            i = end + len(raw.group(1)) + 2
            continue
        c = source[i]
        if c == '"':
            j = i + 1
            while source[j] != '"':
                j += 2 if source[j] == "\\" else 1
            literals.append(source[i + 1:j])
            out.append(f'"#{len(literals) - 1}"')
            i = j + 1
            continue
        if c == "'" and not (i > 0 and source[i - 1].isalnum()):  # a character literal, not a digit separator
            j = i + 1
            while source[j] != "'":
                j += 2 if source[j] == "\\" else 1
            out.append(source[i:j + 1])
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out), literals


def closing(code, open_at):
    """The index just past the parenthesis that closes the one at open_at."""
    depth = 0
    for k in range(open_at, len(code)):
        if code[k] == "(":
            depth += 1
        elif code[k] == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(code)


def without_translated(span):
    """The span with every tr…(…) call taken out."""
    while True:
        found = TRANSLATED.search(span)
        if not found:
            return span
        span = span[:found.start()] + span[closing(span, found.end() - 1):]


def reads_as_words(text):
    """Whether a literal is prose: two letters or more and a space (rule names, format strings and file names
    are not)."""
    text = UNTRANSLATED_WORDS.sub("", text)
    return re.search(r"[A-Za-z]{2,}", text) is not None and re.search(r"\s", text.replace("\\n", "\n")) is not None


def bypasses(source):
    """(line, literal) of every prose literal handed to the user without the catalogue."""
    code, literals = code_and_literals(source)
    found = []
    spans = []
    for match in CALL_SINKS.finditer(code):
        spans.append((match.start(), match.end(), closing(code, match.end() - 1)))
    for match in STREAM_SINKS.finditer(code):
        spans.append((match.start(), match.end(), code.find(";", match.end())))
    for start, body_start, end in spans:
        body = without_translated(code[body_start:end])
        for literal in re.finditer(r'"#(\d+)"', body):
            text = literals[int(literal.group(1))]
            if reads_as_words(text):
                found.append((code.count("\n", 0, start) + 1, text))
    return sorted(set(found))


def self_test():
    bad = {
        'diagnostics.error(where, "io", "cannot read the file");': "cannot read the file",
        'context_.warning(pos, "r", fmt::format("a {} is bad", x));': "a {} is bad",
        'std::cerr << "naskah check: name a file\\n" << usage;': "naskah check: name a file\\n",
        'fmt::print(stderr, "{} files built\\n", n);': "{} files built\\n",
        'throw PdfError("cannot write " + path);': "cannot write ",
        'report.notes.push_back(fmt::format("{}: {}", out, "it failed badly"));': "it failed badly",
        'return Parsed<Nip>::fail("a NIP holds only digits");': "a NIP holds only digits",
        'std::cout << R"(usage: naskah check FILE)";': "usage: naskah check FILE",
        'return usage_error(fmt::format("one plan at a time: {} and {}", a, b));': "one plan at a time: {} and {}",
        'refuse("a first plan needs its unit");': "a first plan needs its unit",
        'std::cerr << fmt::format("naskah export-csv: name the plan\\n");': "naskah export-csv: name the plan\\n",
    }
    for snippet, literal in bad.items():
        found = [text for _, text in bypasses(snippet)]
        assert found == [literal], f"{snippet}: found {found}"
    good = [
        'diagnostics.error(where, "io", text::tr("cannot read the file: {}", why));',
        'std::cerr << text::tr("naskah check: name a file") << "\\n" << text::tr_text(usage);',
        'throw std::logic_error("the value is not closed");',
        'std::cout << "naskah " << NASKAH_VERSION << "\\n";',
        'notes.push_back(problem_line(diag::Severity::warning, "naskah build", warning));',
        'out.warning(at, "budget-rollup", text::tr_plural("{} file", "{} files", n, n));',
        '// std::cerr << "a comment is no output";',
        'fmt::format("{} {}", a, b);',
        'refuse(fmt::format("--nip {}: {}", nip, why));',
        'std::cerr << fmt::format("naskah import-csv: {}\\n", message);',
    ]
    for snippet in good:
        assert bypasses(snippet) == [], f"{snippet}: {bypasses(snippet)}"
    print("the scan finds each kind of bypass")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return 0
    root = sys.argv[1]
    failures = 0
    scanned = 0
    for folder in ("src", "include"):
        for directory, _, names in os.walk(os.path.join(root, folder)):
            # A layer's tools/ run while naskah is built (e.g. src/text/tools/compile_hyphenation.cpp): they speak
            # to the build, never to a user of naskah.
            if os.path.basename(directory) == "tools":
                continue
            for name in sorted(names):
                if not name.endswith((".cpp", ".hpp")):
                    continue
                path = os.path.join(directory, name)
                scanned += 1
                with open(path, encoding="utf-8") as f:
                    for line, text in bypasses(f.read()):
                        print(f"FAIL: {os.path.relpath(path, root)}:{line}: a text for the user outside tr(): {text!r}")
                        failures += 1
    print(f"{scanned} files scanned, {failures} texts outside the catalogue")
    return 1 if failures or scanned == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
