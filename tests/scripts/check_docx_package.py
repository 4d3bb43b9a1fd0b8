#!/usr/bin/env python3
"""A DOCX's package as a consumer checks it, without naskah's code: a zip whose first entry is [Content_Types].xml;
every part well-formed XML (or a PNG or JPEG picture); every part's content type declared, by an override (every XML part of the document
and its properties) or by its extension; the package's and each part's relationships leading to parts that exist, with unique ids, and every id
a part uses (r:id, r:embed) one of its relationships; the main part a w:document whose body ends with its section's
properties. Usage: check_docx_package.py FILE.docx...; prints what is wrong and exits 1."""

import posixpath
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def problems_of(path):
    problems = []
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad:
            problems.append(f"{bad}: its CRC is wrong")
        names = archive.namelist()
        if not names or names[0] != "[Content_Types].xml":
            problems.append(f"the first entry is {names[:1]}, not [Content_Types].xml")
        parsed = {}
        for name in names:
            data = archive.read(name)
            if name.endswith((".xml", ".rels")):
                try:
                    parsed[name] = ET.fromstring(data)
                except ET.ParseError as error:
                    problems.append(f"{name}: not well-formed: {error}")
            elif name.endswith(".png"):
                if not data.startswith(b"\x89PNG\r\n\x1a\n"):
                    problems.append(f"{name}: not a PNG")
            elif name.endswith((".jpeg", ".jpg")):
                if not data.startswith(b"\xff\xd8\xff"):
                    problems.append(f"{name}: not a JPEG")
            else:
                problems.append(f"{name}: a part of no known kind")
        types = parsed.get("[Content_Types].xml")
        if types is None:
            return problems + ["no [Content_Types].xml"]
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(CT + "Override")}
        defaults = {d.get("Extension"): d.get("ContentType") for d in types.iter(CT + "Default")}
        for name in names:
            if name == "[Content_Types].xml":
                continue
            # A part of the document or its properties is XML of a kind of its own: an override names it.
            own_kind = name.endswith(".xml") and name.startswith(("word/", "docProps/"))
            if "/" + name not in overrides and (own_kind or name.rsplit(".", 1)[-1] not in defaults):
                problems.append(f"{name}: no content type")
        for part in overrides:
            if part[1:] not in names:
                problems.append(f"[Content_Types].xml declares {part}, which is not in the package")
        main = overrides.get("/word/document.xml", "")
        if not main.endswith("document.main+xml"):
            problems.append(f"word/document.xml has the content type {main!r}")
        for name in names:
            if not name.endswith(".rels"):
                continue
            source_folder = posixpath.dirname(posixpath.dirname(name))
            source = posixpath.join(source_folder, posixpath.basename(name)[: -len(".rels")])
            ids = set()
            for relationship in parsed[name].iter(PR + "Relationship"):
                rid, target = relationship.get("Id"), relationship.get("Target")
                if rid in ids:
                    problems.append(f"{name}: the id {rid} twice")
                ids.add(rid)
                if relationship.get("TargetMode") == "External":
                    continue
                resolved = posixpath.normpath(posixpath.join(source_folder, target))
                if resolved not in names:
                    problems.append(f"{name}: {rid} leads to {resolved}, which is not in the package")
            if source in parsed:
                for element in parsed[source].iter():
                    for attribute in (R + "id", R + "embed"):
                        used = element.get(attribute)
                        if used is not None and used not in ids:
                            problems.append(f"{source}: {used} is none of its relationships")
        document = parsed.get("word/document.xml")
        if document is None or document.tag != W + "document":
            problems.append("word/document.xml is not a w:document")
        else:
            body = document.find(W + "body")
            if body is None or len(body) == 0 or body[-1].tag != W + "sectPr":
                problems.append("the body does not end with its last section's properties")
    return problems


def main():
    failed = False
    for path in sys.argv[1:]:
        for problem in problems_of(path):
            print(f"{path}: {problem}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
