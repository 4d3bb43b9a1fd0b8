#!/usr/bin/env python3
"""The message catalogues against the sources: every message that po/extract finds in src/ and include/ must be in
each po/LANGUAGE.po, translated, not fuzzy, with the same fmt fields as its English; the catalogue must hold
nothing else (no obsolete entries) and have a proper header. Usage: check_catalogue.py SOURCE_DIR.
With --self-test, checks that the checker itself finds each kind of fault."""

import os
import re
import subprocess
import sys
import tempfile


def unquote(literal):
    """The text of a PO string literal ("…" with C escapes)."""
    body = literal.strip()
    assert body.startswith('"') and body.endswith('"'), literal
    body = body[1:-1]
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
    return re.sub(r'\\(.)', lambda m: escapes.get(m.group(1), m.group(1)), body)


def parse_po(text):
    """The entries of a PO file: dicts with msgid, msgid_plural, msgstr (a list), flags, obsolete."""
    entries = []
    entry = None
    field = None

    def start():
        return {"msgctxt": None, "msgid": None, "msgid_plural": None, "msgstr": {}, "flags": set(), "obsolete": False}

    for raw in text.splitlines() + [""]:
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            if entry is not None and entry["msgid"] is not None:
                entries.append(entry)
            entry, field = None, None
            continue
        if entry is None:
            entry = start()
        if obsolete:
            entry["obsolete"] = True
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
        if match:
            keyword, index, literal = match.groups()
            if keyword == "msgid" and entry["msgid"] is not None:  # an entry without a blank line before it
                entries.append(entry)
                entry = start()
                entry["obsolete"] = obsolete
            if keyword.startswith("msgstr"):
                field = ("msgstr", int(index or 0))
                entry["msgstr"][field[1]] = unquote(literal)
            else:
                field = (keyword, None)
                entry[keyword] = unquote(literal)
            continue
        if line.startswith('"') and field is not None:
            if field[0] == "msgstr":
                entry["msgstr"][field[1]] += unquote(line)
            else:
                entry[field[0]] += unquote(line)
            continue
        raise ValueError(f"cannot read the line: {raw}")
    return entries


def fields(text):
    """The replacement fields of a fmt format string as a sorted list of distinct (argument, spec): automatic fields
    numbered in order, so that "{} of {}" and "{1} dari {0}" have the same fields (a translation may also name an
    argument twice). None when the string is not valid fmt."""
    found = []
    automatic = 0
    manual = False
    i = 0
    while i < len(text):
        c = text[i]
        if c in "{}" and text[i:i + 2] in ("{{", "}}"):
            i += 2
            continue
        if c == "}":
            return None
        if c == "{":
            end = text.find("}", i)
            if end < 0:
                return None
            inner = text[i + 1:end]
            if "{" in inner:  # nested fields (a dynamic width) are not used in naskah's messages
                return None
            argument, _, spec = inner.partition(":")
            if argument == "":
                if manual:
                    return None
                argument = str(automatic)
                automatic += 1
            else:
                if automatic:
                    return None
                manual = True
            found.append((argument, spec))
            i = end + 1
            continue
        i += 1
    return sorted(set(found))


def braced(text):
    """The brace runs and braced words of a text that is not a format string, in order: ["'}'", "{tahun}"]."""
    return sorted(re.findall(r"\{[^{}\s]*\}|\{+|\}+", text))


def check_header(header, language, problems):
    values = dict(line.split(":", 1) for line in header.splitlines() if ":" in line)
    values = {key.strip(): value.strip() for key, value in values.items()}
    if values.get("Language") != language:
        problems.append(f'the header says Language: {values.get("Language")!r}, not {language}')
    if "charset=UTF-8" not in values.get("Content-Type", ""):
        problems.append("the header's Content-Type is not charset=UTF-8")
    if not values.get("Plural-Forms", "").startswith("nplurals="):
        problems.append("the header has no Plural-Forms")
    if language == "id" and values.get("Plural-Forms") != "nplurals=1; plural=0;":
        problems.append(f'Indonesian has one form: Plural-Forms: nplurals=1; plural=0;, not {values.get("Plural-Forms")!r}')


def check_catalogue(template_entries, catalogue_text, language):
    """What is wrong with a catalogue, as a list of sentences."""
    problems = []
    entries = parse_po(catalogue_text)
    headers = [e for e in entries if e["msgid"] == "" and not e["obsolete"]]
    if not headers:
        problems.append("the catalogue has no header")
    else:
        check_header(headers[0]["msgstr"].get(0, ""), language, problems)
        if "fuzzy" in headers[0]["flags"]:
            problems.append("the header is marked fuzzy")
    wanted = {(e["msgctxt"], e["msgid"]): e for e in template_entries if e["msgid"] != ""}
    have = {}
    for entry in entries:
        if entry["msgid"] == "":
            continue
        key = (entry["msgctxt"], entry["msgid"])
        if entry["obsolete"]:
            problems.append(f"obsolete (remove it): {entry['msgid']!r}")
            continue
        if key not in wanted:
            problems.append(f"in the catalogue but not in the sources (remove it or run po/update): {entry['msgid']!r}")
            continue
        have[key] = entry
    for key, template in wanted.items():
        entry = have.get(key)
        msgid = key[1]
        if entry is None:
            problems.append(f"missing (run po/update, then translate): {msgid!r}")
            continue
        if "fuzzy" in entry["flags"]:
            problems.append(f"fuzzy (check the translation, then remove the mark): {msgid!r}")
        if (template["msgid_plural"] is None) != (entry["msgid_plural"] is None) or \
                (template["msgid_plural"] or "") != (entry["msgid_plural"] or ""):
            problems.append(f"the plural differs from the sources' (run po/update): {msgid!r}")
        translations = [entry["msgstr"].get(i, "") for i in sorted(entry["msgstr"])] or [""]
        if any(t == "" for t in translations):
            problems.append(f"untranslated: {msgid!r}")
            continue
        english_fields = fields(msgid)
        if english_fields is None:
            # Not a format string (tr_text, whose braces are not special: "a lone '}'"): the braces and what they
            # hold stay as they are.
            for translation in translations:
                if braced(translation) != braced(msgid):
                    problems.append(f"the translation's braces {braced(translation)} are not the English's "
                                    f"{braced(msgid)}: {translation!r} for {msgid!r}")
            continue
        if entry["msgid_plural"] and fields(entry["msgid_plural"]) != english_fields:
            problems.append(f"the English plural has other fields than its singular: {msgid!r}")
        for translation in translations:
            translated_fields = fields(translation)
            if translated_fields is None:
                problems.append(f"the translation is not a valid fmt format string (mixing {{}} and {{0}}?): "
                                f"{translation!r} for {msgid!r}")
            elif translated_fields != english_fields:
                problems.append(f"the translation's fields {translated_fields} are not the English's {english_fields}: "
                                f"{translation!r} for {msgid!r}")
    return problems


def self_test():
    template = parse_po('msgid ""\nmsgstr ""\n\nmsgid "{} of {}"\nmsgstr ""\n\nmsgid "plain"\nmsgstr ""\n')
    braces_template = parse_po('msgid ""\nmsgstr ""\n\nmsgid "{} of {}"\nmsgstr ""\n\nmsgid "plain"\nmsgstr ""\n\n'
                               'msgid "a lone \'}\' {tahun}"\nmsgstr ""\n')
    header = 'msgid ""\nmsgstr ""\n"Language: id\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n' \
             '"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
    good = header + 'msgid "{} of {}"\nmsgstr "{1} dari {0}"\n\nmsgid "plain"\nmsgstr "polos"\n'
    assert check_catalogue(template, good, "id") == [], check_catalogue(template, good, "id")
    faults = {
        "missing": header + 'msgid "{} of {}"\nmsgstr "{} dari {}"\n',
        "untranslated": header + 'msgid "{} of {}"\nmsgstr ""\n\nmsgid "plain"\nmsgstr "polos"\n',
        "fuzzy": header + '#, fuzzy\nmsgid "{} of {}"\nmsgstr "{} dari {}"\n\nmsgid "plain"\nmsgstr "polos"\n',
        "obsolete": good + '\n#~ msgid "old"\n#~ msgstr "lama"\n',
        "not in the sources": good + '\nmsgid "gone"\nmsgstr "hilang"\n',
        "fields": header + 'msgid "{} of {}"\nmsgstr "{} dari"\n\nmsgid "plain"\nmsgstr "polos"\n',
        "not a valid fmt": header + 'msgid "{} of {}"\nmsgstr "{} dari {1}"\n\nmsgid "plain"\nmsgstr "polos"\n',
        "braces": header + 'msgid "{} of {}"\nmsgstr "{} dari {}"\n\nmsgid "plain"\nmsgstr "polos"\n\n'
                  'msgid "a lone \'}\' {tahun}"\nmsgstr "sebuah \'}\' tahun"\n',
        "Language": good.replace("Language: id", "Language: en"),
        "Plural-Forms": good.replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);"),
    }
    for what, text in faults.items():
        problems = check_catalogue(braces_template if what == "braces" else template, text, "id")
        assert any(what in p for p in problems), f"{what}: {problems}"
    assert fields("{:<18} {}") == [("0", "<18"), ("1", "")]
    assert fields("{} {:<18}") != fields("{:<18} {}")
    assert fields("{{literal}} {}") == [("0", "")]
    assert fields("{0} dan {1}, sekali lagi {1}") == fields("{} and {}")
    print("the checker finds each kind of fault")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return 0
    root = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        template_file = os.path.join(tmp, "naskah.pot")
        subprocess.run(["bash", os.path.join(root, "po", "extract"), template_file], check=True)
        with open(template_file, encoding="utf-8") as f:
            template_entries = parse_po(f.read())
    if len([e for e in template_entries if e["msgid"]]) < 1:
        print("FAIL: po/extract found no message in the sources")
        return 1
    failed = 0
    languages = sorted(name[:-3] for name in os.listdir(os.path.join(root, "po")) if name.endswith(".po"))
    if "id" not in languages:
        print("FAIL: there is no po/id.po")
        return 1
    for language in languages:
        path = os.path.join(root, "po", language + ".po")
        with open(path, encoding="utf-8") as f:
            problems = check_catalogue(template_entries, f.read(), language)
        check = subprocess.run(["msgfmt", "--check", "-o", os.devnull, path], capture_output=True, text=True)
        if check.returncode != 0:
            problems.append("msgfmt --check: " + check.stderr.strip())
        for problem in problems:
            print(f"FAIL: po/{language}.po: {problem}")
        failed += len(problems)
        count = len([e for e in template_entries if e["msgid"]])
        print(f"po/{language}.po: {count} messages, {len(problems)} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
