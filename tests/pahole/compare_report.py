#!/usr/bin/env python3
"""memlayout's pahole-style report against pahole's, number by number.

    compare_report.py REPORT_BINARY

REPORT_BINARY (tests/pahole/report.cpp, built with -g) prints memlayout's report of every
corpus struct; `pahole -C NAME REPORT_BINARY` prints pahole's. Compared: each member's name,
offset and size, every hole, every cache-line marker, and the footer (size, cachelines,
members, sum members, holes, sum holes, padding, paddings, last cacheline). Not compared: the
type column (C++ spellings against pahole's C ones) and pahole's forced-alignment lines.

Where pahole 1.24 misreads a member's type (an empty class as 0 bytes; member pointers and
std::nullptr_t with garbage sizes), the figures that depend on that size are not compared
for that struct: member sizes, holes, sum members, sum holes, padding, paddings.
"""
import subprocess
import sys

from pahole_text import members_with_bits, numbers, runner




def same_names(ours, theirs):
    """Names agree, where memlayout shows one ("?": GCC 12 shows no bit-field's name)."""
    return len(ours) == len(theirs) and all(o == "?" or o == t for o, t in zip(ours, theirs))


def main():
    binary = sys.argv[1]
    output = subprocess.run(runner() + [binary], capture_output=True, text=True, check=True).stdout
    reports = {}
    for chunk in output.split("@@@ ")[1:]:
        header, _, text = chunk.partition("\n")
        name, *kinds, _address = header.split()
        reports[name] = ([int(k) for k in kinds], text)

    failures = compared = 0
    for name, (kinds, ours) in reports.items():
        theirs = subprocess.run(["pahole", "-C", name, binary], capture_output=True, text=True, check=True).stdout
        misread = any(kinds)
        problems = []
        a, b = members_with_bits(theirs), members_with_bits(ours)
        if not same_names([m[0] for m in b], [m[0] for m in a]) or [m[1] for m in a] != [m[1] for m in b]:
            problems.append(f"members (name, offset): pahole {[m[:2] for m in a]}, memlayout {[m[:2] for m in b]}")
        if [m[3] for m in a] != [m[3] for m in b]:
            problems.append(f"bit-fields' bits: pahole {[m[3] for m in a]}, memlayout {[m[3] for m in b]}")
        if not misread and [m[1:] for m in a] != [m[1:] for m in b]:
            problems.append(f"member sizes: pahole {a}, memlayout {b}")
        na, nb = numbers(theirs), numbers(ours)
        keys = ["markers", "size", "last cacheline", "bit holes", "bit-fields", "bit padding"] + (
            [] if misread else ["holes", "sums", "padding", "paddings"])
        for key in keys:
            compared += 1
            if na[key] != nb[key]:
                problems.append(f"{key}: pahole {na[key]}, memlayout {nb[key]}")
        if problems:
            failures += 1
            print(f"MISMATCH {name}:\n  " + "\n  ".join(problems))
    print(f"pahole report: {len(reports)} structs, {compared} report figures compared besides the members, "
          f"{failures} structs differ")
    return 1 if failures or not reports else 0


if __name__ == "__main__":
    sys.exit(main())
