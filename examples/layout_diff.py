#!/usr/bin/env python3
"""Reports layout drift between two memlayout JSON snapshots, the way abidiff reports ABI drift.

    python3 examples/layout_diff.py OLD.json NEW.json

Each file is a snapshot (memlayout::json_snapshot<T...>(), schema memlayout.snapshot/1) or a
single layout (memlayout::to_json). Members are matched by name. Prints one line per change:

    C30_Ordered: size changed from 16 to 24
    C30_Ordered: member `flags` inserted at 0
    C30_Ordered: offset of `a` changed from 0 to 8

Exit status: 0 no drift, 1 drift, 2 the files could not be read.
"""
import json
import sys


def layouts(path):
    with open(path, encoding="utf-8") as file:
        document = json.load(file)
    if document.get("schema") == "memlayout.snapshot/1":
        return {layout["type"]: layout for layout in document["layouts"]}
    if document.get("schema") == "memlayout.layout/1":
        return {document["type"]: document}
    raise ValueError(f"{path}: not a memlayout snapshot or layout")


def compare(name, old, new):
    changes = []
    for key, what in (("size", "size"), ("align", "alignment"), ("packing", "packing")):
        if old[key] != new[key]:
            changes.append(f"{name}: {what} changed from {old[key]} to {new[key]}")
    old_members = {m["name"]: m for m in old["members"]}
    new_members = {m["name"]: m for m in new["members"]}
    for member in new["members"]:
        if member["name"] not in old_members:
            changes.append(f"{name}: member `{member['name']}` inserted at {member['offset']}")
    for member in old["members"]:
        if member["name"] not in new_members:
            changes.append(f"{name}: member `{member['name']}` removed (was at {member['offset']})")
    for member in old["members"]:
        now = new_members.get(member["name"])
        if now is None:
            continue
        for key, what in (("offset", "offset"), ("size", "size"), ("type", "type"), ("align", "alignment")):
            if member[key] != now[key]:
                changes.append(f"{name}: {what} of `{member['name']}` changed from {member[key]} to {now[key]}")
    old_order = [m["name"] for m in old["members"] if m["name"] in new_members]
    new_order = [m["name"] for m in new["members"] if m["name"] in old_members]
    if old_order != new_order:
        changes.append(f"{name}: members reordered from {', '.join(old_order)} to {', '.join(new_order)}")
    return changes


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        old, new = layouts(sys.argv[1]), layouts(sys.argv[2])
    except (OSError, ValueError, KeyError) as error:
        print(f"layout_diff: {error}", file=sys.stderr)
        return 2
    changes = []
    for name in old:
        if name not in new:
            changes.append(f"type `{name}` removed")
    for name in new:
        if name not in old:
            changes.append(f"type `{name}` added")
        else:
            changes.extend(compare(name, old[name], new[name]))
    for change in changes:
        print(change)
    if not changes:
        print(f"no layout drift ({len(new)} types)")
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main())
