#!/usr/bin/env python3
"""The layers' dependency graph, as CMake links them, and what it allows.

    layer_graph.py doc SOURCE_DIR [--write]   docs/architecture.md's graph against CMake's (--write: rewrite it)
    layer_graph.py includes SOURCE_DIR        every #include of src/ and include/ against the graph
    layer_graph.py --self-test                the checks find a stale graph and a wrong-way include

The graph is CMake's own (`cmake --graphviz`, from a fresh configuration of SOURCE_DIR in a temporary folder):
each layer's library (naskah_<layer>, docs/architecture.md) and the layers it links. An INTERFACE library between
them (naskah_core, every layer but the commands') is looked through. A layer may include its own headers and those
of the layers it reaches by links; the compiler enforces that for "naskah/<layer>/…" (each library sees its own
headers and those it links only), this script also for the relative "../<layer>/…" of private headers. And
libharu: hpdf.h is for src/pdf/ alone, the headers of its structures (hpdf_doc.h, …) for src/pdf/haru_internals.cpp.
"""

import os
import re
import subprocess
import sys
import tempfile

DOC = os.path.join("docs", "architecture.md")
BEGIN = "<!-- layer graph: tests/scripts/layer_graph.py doc . --write -->"
END = "<!-- /layer graph -->"
# The layers, from the bottom up: the order the graph is printed in.
LAYERS = ["text", "diag", "io", "archive", "plan", "check", "compose", "layout", "pdf", "docx", "cli", "serve"]


def parse_dot(dot):
    """CMake's graphviz output as {target: [targets it links]}."""
    names = {}
    edges = {}
    for line in dot.splitlines():
        node = re.match(r'\s*"(node\d+)"\s*\[\s*label\s*=\s*"([^"]+)"', line)
        if node:
            names[node.group(1)] = node.group(2)
            continue
        edge = re.match(r'\s*"(node\d+)"\s*->\s*"(node\d+)"', line)
        if edge:
            edges.setdefault(edge.group(1), []).append(edge.group(2))
    return {names[a]: sorted(names[b] for b in bs) for a, bs in edges.items() if a in names}


def layer_links(links):
    """{layer: sorted layers it links directly}, through libraries that are no layer of their own."""
    def reached(target, seen):
        for linked in links.get(target, []):
            if linked in seen:
                continue
            seen.add(linked)
            layer = linked[len("naskah_"):] if linked.startswith("naskah_") else None
            if layer in LAYERS:
                yield layer
            elif linked.startswith("naskah_"):
                yield from reached(linked, seen)
    return {layer: sorted(set(reached("naskah_" + layer, set())), key=LAYERS.index)
            for layer in LAYERS if "naskah_" + layer in links or any("naskah_" + layer in v for v in links.values())}


def closure(graph):
    """{layer: every layer it may use, itself included}."""
    allowed = {}
    for layer in graph:
        seen, todo = {layer}, [layer]
        while todo:
            for below in graph.get(todo.pop(), []):
                if below not in seen:
                    seen.add(below)
                    todo.append(below)
        allowed[layer] = seen
    return allowed


def cmake_graph(source_dir):
    """Configures source_dir afresh (no tests) and returns its layers' links."""
    with tempfile.TemporaryDirectory() as build:
        dot = os.path.join(build, "naskah.dot")
        subprocess.run(["cmake", "-S", source_dir, "-B", build, "-DNASKAH_BUILD_TESTS=OFF", "--graphviz=" + dot],
                       check=True, stdout=subprocess.DEVNULL)
        with open(dot, encoding="utf-8") as f:
            return layer_links(parse_dot(f.read()))


def mermaid(graph):
    """The graph as the doc shows it: a mermaid flowchart, upper layers first, each edge pointing down."""
    lines = ["```mermaid", "flowchart TD"]
    for layer in reversed(LAYERS):
        for below in graph.get(layer, []):
            lines.append(f"  {layer} --> {below}")
    lines.append("```")
    return "\n".join(lines)


def doc_block(text):
    if BEGIN not in text or END not in text:
        return None
    return text[text.index(BEGIN) + len(BEGIN):text.index(END)].strip("\n")


def check_doc(source_dir, graph, write=False):
    """Problems of the doc's graph (none when it is CMake's); with write, rewrites it instead."""
    path = os.path.join(source_dir, DOC)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    shown = doc_block(text)
    wanted = mermaid(graph)
    if shown is None:
        return [f"{DOC}: no graph between {BEGIN} and {END}"]
    if shown == wanted:
        return []
    if write:
        start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text[:start] + "\n" + wanted + "\n" + text[end:])
        return []
    return [f"{DOC}: the layer graph is stale; CMake links\n{wanted}\n"
            f"(rewrite it with tests/scripts/layer_graph.py doc . --write)"]


INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*"([^"]+)"', re.M)
HARU = re.compile(r'^[ \t]*#[ \t]*include[ \t]*[<"](hpdf[^>"]*)[>"]', re.M)
# libharu: hpdf.h in src/pdf/ alone; the headers of its structures in the one file that uses them.
HARU_INTERNALS = os.path.join("src", "pdf", "haru_internals.cpp")


def haru_problem(path, header):
    if header != "hpdf.h" and path != HARU_INTERNALS:
        return f"{header} (libharu's structures) is for {HARU_INTERNALS} alone"
    if layer_of(path) != "pdf":
        return f"{header}: only src/pdf/ draws with libharu"
    return None


def layer_of(path):
    """The layer a file of src/ or include/naskah/ belongs to."""
    parts = path.split(os.sep)
    if parts[0] == "src" and len(parts) > 2:
        return parts[1]
    if parts[:2] == ["include", "naskah"] and len(parts) > 3:
        return parts[2]
    return None


def included_layer(included, including_layer):
    """The layer an include names, if it names one: "naskah/plan/model.hpp", "../plan/xml_reader.hpp"."""
    naskah = re.match(r"naskah/([a-z_]+)/", included)
    if naskah:
        return naskah.group(1)
    relative = re.match(r"\.\./([a-z_]+)/", included)
    if relative:
        return relative.group(1)
    return including_layer


def check_includes(source_dir, graph):
    """Every include that goes a wrong way (or into an unknown layer), as file:line: message."""
    allowed = closure(graph)
    problems = []
    for top in ("src", "include"):
        for folder, _, files in os.walk(os.path.join(source_dir, top)):
            for name in sorted(files):
                path = os.path.relpath(os.path.join(folder, name), source_dir)
                layer = layer_of(path)
                if layer is None or not name.endswith((".cpp", ".hpp", ".h")):
                    continue
                with open(os.path.join(source_dir, path), encoding="utf-8") as f:
                    text = f.read()
                for match in INCLUDE.finditer(text):
                    target = included_layer(match.group(1), layer)
                    line = text.count("\n", 0, match.start()) + 1
                    if layer not in allowed:
                        problems.append(f"{path}:{line}: {layer}/ is no library of the graph")
                    elif target not in allowed[layer]:
                        problems.append(f"{path}:{line}: {layer} includes {match.group(1)}, but does not link "
                                        f"{target} (it may use {', '.join(sorted(allowed[layer]))})")
                for match in HARU.finditer(text):
                    problem = haru_problem(path, match.group(1))
                    if problem:
                        problems.append(f"{path}:{text.count(chr(10), 0, match.start()) + 1}: {problem}")
    return sorted(problems)


def self_test():
    dot = "\n".join([
        'digraph "naskah" {',
        '"node0" [ label = "naskah_text", shape = octagon ];',
        '"node1" [ label = "naskah_plan", shape = octagon ];',
        '"node2" [ label = "naskah_core", shape = pentagon ];',
        '"node3" [ label = "naskah_cli", shape = octagon ];',
        '"node4" [ label = "fmt::fmt", shape = octagon ];',
        '"node1" -> "node0" [ style = solid ] // naskah_plan -> naskah_text',
        '"node0" -> "node4" [ style = solid ] // naskah_text -> fmt::fmt',
        '"node2" -> "node1" [ style = solid ] // naskah_core -> naskah_plan',
        '"node3" -> "node2" [ style = solid ] // naskah_cli -> naskah_core',
        '}'])
    graph = layer_links(parse_dot(dot))
    failures = []
    if graph != {"text": [], "plan": ["text"], "cli": ["plan"]}:
        failures.append(f"graph read as {graph}")
    with tempfile.TemporaryDirectory() as root:
        def write(path, text):
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            with open(os.path.join(root, path), "w", encoding="utf-8") as f:
                f.write(text)
        write("src/plan/parser.cpp", '#include "naskah/text/translate.hpp"\n#include "xml_reader.hpp"\n')
        write("src/cli/main.cpp", '#include "naskah/plan/model.hpp"\n#include "../plan/xml_reader.hpp"\n')
        if check_includes(root, graph):
            failures.append("includes the right way reported: " + "; ".join(check_includes(root, graph)))
        write("src/pdf/haru_internals.cpp", '#include <hpdf.h>\n#include <hpdf_pages.h>\n')
        write("src/pdf/pdf_writer.cpp", '#include <hpdf.h>\n')
        graph = dict(graph, pdf=["text"])
        if check_includes(root, graph):
            failures.append("libharu where it belongs reported: " + "; ".join(check_includes(root, graph)))
        write("include/naskah/text/utf8.hpp", '#pragma once\n\n#include "naskah/plan/model.hpp"\n')
        write("src/text/font.cpp", '#include "../cli/main.hpp"\n#include <hpdf.h>\n')
        write("src/pdf/content_stream.cpp", '#include "hpdf_streams.h"\n')
        found = check_includes(root, graph)
        expected = ["include/naskah/text/utf8.hpp:3: text includes", "src/pdf/content_stream.cpp:1: hpdf_streams.h",
                    "src/text/font.cpp:1: text includes ../cli/", "src/text/font.cpp:2: hpdf.h: only src/pdf/"]
        if len(found) != len(expected) or not all(f.startswith(e) for f, e in zip(found, expected)):
            failures.append(f"wrong-way includes not found as expected: {found}")
        write(DOC, f"# Architecture\n\n{BEGIN}\n```mermaid\nflowchart TD\n  plan --> text\n```\n{END}\n")
        if len(check_doc(root, graph)) != 1:
            failures.append("a graph without cli's edge not reported as stale")
        check_doc(root, graph, write=True)
        if check_doc(root, graph):
            failures.append("the rewritten graph still reported stale")
    for failure in failures:
        print("self-test:", failure)
    return 1 if failures else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) < 3 or argv[1] not in ("doc", "includes"):
        print(__doc__, file=sys.stderr)
        return 2
    source_dir = argv[2]
    graph = cmake_graph(source_dir)
    if argv[1] == "doc":
        problems = check_doc(source_dir, graph, write="--write" in argv[3:])
    else:
        problems = check_includes(source_dir, graph)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
