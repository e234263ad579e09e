#!/usr/bin/env python3
"""The pahole oracle: memlayout's figures against the DWARF the compiler wrote.

    compare.py FIGURES_BINARY

Runs FIGURES_BINARY (tests/pahole/figures.cpp, built with -g) for memlayout's figures, then
`pahole -C NAME FIGURES_BINARY` for each struct, and fails on any difference in a struct's
size, its member names, or a member's offset or size.

It also runs `pahole --reorganize -C NAME` and fails where memlayout::optimal_order advises a
larger size than pahole's reorganised struct. Not compared: packed structs (pahole does not
reorganise them), structs with their own alignas (pahole's reorganised size ignores it, e.g.
12 bytes for an alignas(32) struct) and structs with empty members (pahole counts them as 0
bytes; sizeof gives 1).

Three known pahole 1.24 defects are allowed, each only where it applies:
- an empty class member: pahole gives it 0 bytes; sizeof, and memlayout, give 1;
- a member pointer: pahole misreads its size (4, or garbage for pointers to member functions);
- std::nullptr_t: DWARF gives it no size, and pahole prints garbage.
"""
import re
import subprocess
import sys

from pahole_text import SIZE, members as member_lines, runner



def pahole_view(binary, name):
    out = subprocess.run(["pahole", "-C", name, binary], capture_output=True, text=True, check=True).stdout
    if not out.strip():
        raise SystemExit(f"pahole found no struct {name} in {binary}")
    return int(SIZE.search(out).group(1)), member_lines(out)


def memlayout_view(binary):
    structs = {}
    current = None
    for line in subprocess.run(runner() + [binary], capture_output=True, text=True, check=True).stdout.splitlines():
        words = line.split()
        if words[0] == "struct":
            current = words[1]
            structs[current] = {"size": int(words[2]), "align": int(words[3]), "members": []}
        elif words[0] == "reorder":
            structs[current]["reorder"] = int(words[1])
        elif words[0] == "member":
            structs[current]["members"].append((words[1], int(words[2]), int(words[3]), int(words[4])))
    return structs


def main():
    binary = sys.argv[1]
    structs = memlayout_view(binary)
    failures = 0
    allowed = 0
    for name, ours in structs.items():
        size, members = pahole_view(binary, name)
        problems = []
        if size != ours["size"]:
            problems.append(f"size: pahole {size}, memlayout {ours['size']}")
        if [m[0] for m in members] != [m[0] for m in ours["members"]]:
            problems.append(f"members: pahole {[m[0] for m in members]}, memlayout {[m[0] for m in ours['members']]}")
        else:
            for (pname, poffset, psize), (mname, moffset, msize, kind) in zip(members, ours["members"]):
                if poffset != moffset:
                    problems.append(f"{mname} offset: pahole {poffset}, memlayout {moffset}")
                if psize != msize:
                    if (kind == 1 and psize == 0 and msize == 1) or kind in (2, 3):
                        allowed += 1
                    else:
                        problems.append(f"{mname} size: pahole {psize}, memlayout {msize}")
        if problems:
            failures += 1
            print(f"MISMATCH {name}: " + "; ".join(problems))
    better = same = skipped = 0
    for name, ours in structs.items():
        out = subprocess.run(["pahole", "--reorganize", "-C", name, binary], capture_output=True, text=True).stdout
        sizes = SIZE.findall(out)
        own_alignas = re.search(r"^}\s*__attribute__\(\(__aligned__", out, re.M)
        has_empty = any(kind == 1 for *_, kind in ours["members"])
        if "__packed__" in out or own_alignas or has_empty or not sizes:
            skipped += 1
            continue
        theirs = int(sizes[-1])
        if ours["reorder"] > theirs:
            failures += 1
            print(f"REORDER {name}: memlayout advises {ours['reorder']} bytes, pahole --reorganize {theirs}")
        elif ours["reorder"] < theirs:
            better += 1
        else:
            same += 1
    print(f"reorder advice: as small as pahole --reorganize for {same} structs, smaller for {better}, "
          f"{skipped} not comparable")
    checked = sum(1 + len(s["members"]) for s in structs.values())
    print(f"pahole oracle: {len(structs)} structs, {checked} figures compared, "
          f"{allowed} known pahole defects allowed, {failures} structs differ")
    return 1 if failures or not structs else 0


if __name__ == "__main__":
    sys.exit(main())
