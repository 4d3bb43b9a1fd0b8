"""English words in a document's text: the words of the catalogue's English messages (po/id.po's msgid) that none
of its Indonesian translations uses. A document naskah prints in Indonesian (the revision's changes of naskah diff
-o) must have none: its words are the document's own, never a message's.

    english_words.py CATALOGUE TEXT   exit 1, naming the words, when TEXT has any
    english_words.py --self-test      the reader catches the English of a message and passes Indonesian
"""
import re
import sys


def catalogue_entries(path):
    entries, key = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line.rstrip("\n"))
        if m:
            key = "msgid" if m.group(1).startswith("msgid") else "msgstr"
            if m.group(1) == "msgid":
                entries.append({"msgid": "", "msgstr": ""})
            entries[-1][key] += m.group(2) + " "
        elif line.startswith('"') and entries:
            entries[-1][key] += line.strip()[1:-1]
    return entries


def words(text):
    text = re.sub(r"\{[^}]*\}|<[^>]*>|\\n", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-z]{2,}", text)}


def english_of(path):
    entries = catalogue_entries(path)
    english = set().union(*(words(e["msgid"]) for e in entries)) - set().union(*(words(e["msgstr"]) for e in entries))
    assert {"of", "the", "changed", "added", "removed"} <= english, "the catalogue was not read"
    return english


def english_in(text, english):
    # NO, the column of numbers (nomor), is the one word a table of an Indonesian office shares with English.
    return sorted({w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() in english and w != "NO"})


def self_test(catalogue):
    english = english_of(catalogue)
    assert english_in('indikator "X" of sasaran 2', english) == ["of"]
    assert english_in("JUMLAH program 1 changed", english) == ["changed"]
    assert english_in("NO  Indikator Sasaran 1  Diubah: anggaran  Ditambah  Dihapus", english) == []


if __name__ == "__main__":
    if sys.argv[1] == "--self-test":
        self_test(sys.argv[2])
        sys.exit(0)
    found = english_in(open(sys.argv[2], encoding="utf-8").read(), english_of(sys.argv[1]))
    if found:
        sys.exit("English words: " + ", ".join(found))
