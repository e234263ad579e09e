"""Reads the numbers out of a pahole-style struct report (pahole's own, or memlayout's)."""
import os
import re
import shlex
import subprocess

MEMBER = re.compile(r"^\t(?P<decl>[^\t/].*?);\s*/\*\s*(?P<offset>\d+)(?::\s*(?P<bit>\d+))?\s+(?P<size>\d+)\s*\*/")
SIZE = re.compile(r"/\* size: (\d+),")
HOLE = re.compile(r"^\t/\* XXX (\d+) bytes? hole")
BIT_HOLE = re.compile(r"^\t/\* XXX (\d+) bits? hole")
MARKER = re.compile(r"^\t/\* --- cacheline (\d+) boundary \((\d+) bytes\)(?: was (\d+) (byte|bytes) ago)? --- \*/")
FOOTER = {
    "size": re.compile(r"/\* size: (\d+), cachelines: (\d+), members: (\d+) \*/"),
    "sums": re.compile(r"/\* sum members: (\d+), holes: (\d+), sum holes: (\d+) \*/"),
    "padding": re.compile(r"/\* padding: (\d+) \*/"),
    "bit-fields": re.compile(r"/\* sum bitfield members: (\d+) bits(?:, bit holes: (\d+), sum bit holes: (\d+) bits| \((\d+) bytes\)) \*/"),
    "bit padding": re.compile(r"/\* bit_padding: (\d+) bits \*/"),
    "paddings": re.compile(r"/\* paddings: (\d+), sum paddings: (\d+) \*/"),
    "last cacheline": re.compile(r"/\* last cacheline: (\d+) bytes \*/"),
}


def member_name(decl):
    if decl.strip() == "}":  # the end of an anonymous union or struct printed in place
        return "{anonymous}"
    if "members not reflected" in decl:  # memlayout: an anonymous union it cannot open
        return "{anonymous}"
    if "?" in decl:  # memlayout: a name the compiler does not show (GCC 12's bit-fields)
        return "?"
    vptr = re.search(r"(_vptr[.$]\S+)$", decl.strip())  # GCC: _vptr.Base, Clang: _vptr$Base
    if vptr:
        return vptr.group(1)
    pointer_to_function = re.search(r"\(\*(\w+)\)", decl)
    if pointer_to_function:
        return pointer_to_function.group(1)
    decl = re.sub(r"__attribute__\(\(.*?\)\)", "", decl)
    decl = re.sub(r":\s*\d+\s*$", "", decl)  # a bit-field's width
    return re.findall(r"\w+", re.sub(r"\[\d*\]", "", decl))[-1]


def members_with_bits(text):
    """(name, offset, size, bit) of each top-level member; bit: a bit-field's first bit in its
    storage unit, else None."""
    return [(member_name(m["decl"]), int(m["offset"]), int(m["size"]), None if m["bit"] is None else int(m["bit"]))
            for m in map(MEMBER.match, text.splitlines()) if m]


def members(text):
    """(name, offset, size) of each top-level member."""
    return [m[:3] for m in members_with_bits(text)]


def numbers(text):
    """Every figure of a report but the member lines: holes, cache-line markers, footer."""
    lines = text.splitlines()
    figures = {
        "holes": [int(m.group(1)) for m in map(HOLE.match, lines) if m],
        "bit holes": [int(m.group(1)) for m in map(BIT_HOLE.match, lines) if m],
        # pahole says "1 byte ago", "2 bytes ago": the word is compared too
        "markers": [(int(m[1]), int(m[2]), int(m[3] or 0), m[4]) for m in map(MARKER.match, lines) if m],
    }
    for key, pattern in FOOTER.items():
        found = pattern.search(text)
        figures[key] = tuple(None if g is None else int(g) for g in found.groups()) if found else None
    return figures


def runner():
    """What runs a test program: MEMLAYOUT_RUNNER (qemu-i386 for an i386 build where the kernel
    does not run one), or nothing."""
    return shlex.split(os.environ.get("MEMLAYOUT_RUNNER", ""))


def program_lines(binary):
    """The lines a test program prints, run as runner() says."""
    return subprocess.run(runner() + [binary], capture_output=True, text=True, check=True).stdout.splitlines()
