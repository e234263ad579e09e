#!/usr/bin/env python3
"""memlayout::to_json parses as JSON, follows its schema, and carries memlayout's figures.

    check_json.py JSON_BINARY FIGURES_BINARY
"""
import json
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "pahole"))
from compare import memlayout_view  # noqa: E402  (the figures program's reader)


def main():
    json_binary, figures_binary = sys.argv[1:]
    lines = subprocess.run([json_binary], capture_output=True, text=True, check=True).stdout.splitlines()
    documents = [json.loads(line) for line in lines]  # raises on anything that is not JSON

    expected = memlayout_view(figures_binary)

    problems = []

    def check(doc, where):
        if doc["schema"] != "memlayout.layout/4":
            problems.append(f"{where}: schema {doc['schema']}")
        members = doc["members"]
        holes = sum(h["size"] for h in doc["holes"])
        if doc.get("union"):
            # A union's members overlap at its start: the largest and the tail padding make it.
            if holes or max((m["offset"] + m["size"] for m in members), default=0) + doc["tail_padding"] != doc["size"]:
                problems.append(f"{where}: a union's largest member + tail padding != size")
        elif sum(m["size"] for m in members) + holes + doc["tail_padding"] != doc["size"]:
            problems.append(f"{where}: members + holes + tail padding != size")
        if holes + doc["tail_padding"] != doc["padding_bytes"]:
            problems.append(f"{where}: padding_bytes")
        for m in members:
            if "record" in m:
                check(m["record"], f"{where}.{m['name']}")

    for doc in documents[:-1]:
        name = doc["type"]
        check(doc, name)
        figures = expected.get(name)
        if figures is None:
            problems.append(f"{name}: not in the figures")
            continue
        got = [(m["name"], m["offset"], m["size"]) for m in doc["members"]]
        want = [member[:3] for member in figures["members"]]
        if (doc["size"], doc["align"], got) != (figures["size"], figures["align"], want):
            problems.append(f"{name}: JSON {doc['size']}, {doc['align']}, {got} != figures {figures}")
    odd = documents[-1]
    if odd["type"] != 'Odd<"x">' or odd["members"][0]["name"] != 'quote"back\\slash\nnew\tline\x01':
        problems.append(f"escaping: {odd['type']!r}, {odd['members'][0]['name']!r}")

    for problem in problems:
        print(problem)
    print(f"json: {len(documents)} layouts parsed, {len(expected)} compared with memlayout's figures, "
          f"{len(problems)} problems")
    return 1 if problems or len(documents) < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
