#!/usr/bin/env python3
"""Clang's own record layouts as the oracle for C++ classes: memlayout's figures against
`clang++ -Xclang -fdump-record-layouts`.

    compare_record_layouts.py CLANG CLASSES_BINARY SOURCE [FLAGS...]

Runs CLASSES_BINARY (tests/pahole/classes.cpp built by that Clang) for memlayout's figures,
then has CLANG dump the record layouts of SOURCE (the same file, with FLAGS), and fails on any
difference in a class's size or alignment, in its direct bases (type, offset), its vptr (offset)
or its members (name, offset). Clang prints a base's offset, not its size; a vptr as
"(Class vtable pointer)".
"""
import re
import subprocess
import sys

import compare_classes

LINE = re.compile(r"^\s*(?P<offset>\d+)?(?::\d+-\d+)? \| (?P<indent>\s*)(?P<text>.*?)\s*$")
SIZE = re.compile(r"\[sizeof=(\d+), dsize=\d+, align=(\d+)")



def clang_view(clang, source, flags):
    out = subprocess.run([clang, "-std=c++20", "-fsyntax-only", "-Xclang", "-fdump-record-layouts", *flags, source],
                         capture_output=True, text=True, check=True).stdout
    records = {}
    for dump in out.split("*** Dumping AST Record Layout")[1:]:
        lines = dump.strip("\n").splitlines()
        head = LINE.match(lines[0])
        name = re.sub(r"^(class|struct|union) ", "", head["text"])
        record = {"bases": [], "vptr": [], "members": []}
        for line in lines[1:]:
            m = LINE.match(line)
            if not m:
                continue
            size = SIZE.search(line)
            if size:
                record["size"], record["align"] = int(size.group(1)), int(size.group(2))
                continue
            if len(m["indent"]) != 2 or m["offset"] is None:
                continue  # inside a base or member
            text, offset = m["text"], int(m["offset"])
            if text.endswith("vtable pointer)"):
                record["vptr"].append(offset)
            elif re.search(r"\((primary |virtual )?base\)( \(empty\))?$", text):
                base = re.sub(r"^(class|struct) ", "", re.sub(r" \((primary |virtual )?base\).*$", "", text))
                record["bases"].append((base, offset))
            else:
                record["members"].append((re.sub(r" \(empty\)$", "", text).split()[-1], offset))
        records.setdefault(name, record)
    return records


def memlayout_view(binary):
    """classes.cpp's figures (compare_classes.py reads them), as Clang's dump shows them: a base
    by its offset, the vptr apart."""
    classes = {}
    for name, ours in compare_classes.memlayout_view(binary).items():
        members = [m for m in ours["members"] if not m[0].startswith("_vptr")]
        classes[name] = {"size": ours["size"], "align": ours["align"], "bases": [b[:2] for b in ours["bases"]],
                         "vptr": [m[1] for m in ours["members"] if m[0].startswith("_vptr")],
                         "members": [m[:2] for m in members]}
    return classes


def main():
    clang, binary, source, *flags = sys.argv[1:]
    records = clang_view(clang, source, flags)
    classes = memlayout_view(binary)
    failures = figures = 0
    for name, ours in classes.items():
        theirs = records.get(name)
        problems = []
        if theirs is None:
            problems.append("no record layout")
        else:
            for key in ("size", "align"):
                if theirs.get(key) != ours[key]:
                    problems.append(f"{key}: clang {theirs.get(key)}, memlayout {ours[key]}")
            # Bases by their names without scope, as classes.cpp prints them.
            clang_bases = sorted((b.split("::")[-1], o) for b, o in theirs["bases"])
            for key, mine, clangs in (("bases", sorted(ours["bases"]), clang_bases),
                                      ("vptr", ours["vptr"], theirs["vptr"]),
                                      ("members", sorted(ours["members"], key=lambda m: (m[1], m[0])),
                                       sorted(theirs["members"], key=lambda m: (m[1], m[0])))):
                if mine != clangs:
                    problems.append(f"{key}: clang {clangs}, memlayout {mine}")
        figures += 2 + len(ours["bases"]) + len(ours["vptr"]) + len(ours["members"])
        if problems:
            failures += 1
            print(f"MISMATCH {name}: " + "; ".join(problems))
    print(f"clang record layouts: {len(classes)} classes, {figures} figures compared, {failures} classes differ")
    return 1 if failures or not classes else 0


if __name__ == "__main__":
    sys.exit(main())
