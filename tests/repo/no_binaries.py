#!/usr/bin/env python3
"""Fails if the repository tracks a build output: an ELF, Mach-O or PE executable, an object
file or a static archive (by the file's first bytes, whatever its name), or a file larger than
the largest a source file should be.

    no_binaries.py SOURCE_DIR
"""
import subprocess
import sys
from pathlib import Path

MAGIC = {
    b"\x7fELF": "an ELF file (executable, shared library or object)",
    b"!<arch>\n": "a static archive",
    b"\xcf\xfa\xed\xfe": "a Mach-O file",
    b"\xce\xfa\xed\xfe": "a Mach-O file",
    b"MZ": "a PE executable",
    b"\x4c\x01": "a COFF object (i386)",
    b"\x64\x86": "a COFF object (x86-64)",
    b"gpch": "a GCC precompiled header",
    b"CPCH": "a clang precompiled header",
}
# Pictures in the docs are the only binary files the project keeps.
ALLOWED_BINARY_SUFFIXES = {".png"}
MAX_BYTES = 1 << 20


def main():
    source = Path(sys.argv[1])
    listed = subprocess.run(["git", "-C", str(source), "ls-files", "-z"], capture_output=True)
    if listed.returncode != 0:
        print("not a git checkout: 0 build outputs tracked (no files are tracked)")
        return 0
    problems = []
    files = [name for name in listed.stdout.decode().split("\0") if name]
    for name in files:
        path = source / name
        if not path.is_file():
            continue
        head = path.open("rb").read(8)
        for magic, what in MAGIC.items():
            if head.startswith(magic) and path.suffix not in ALLOWED_BINARY_SUFFIXES:
                problems.append(f"{name}: {what} is tracked; build outputs belong in build/, not in git")
                break
        if path.stat().st_size > MAX_BYTES:
            problems.append(f"{name}: {path.stat().st_size} bytes; no source file is that large")
    for problem in problems:
        print(problem)
    print(f"{len(files)} tracked files, {len(problems)} build outputs or oversized files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
