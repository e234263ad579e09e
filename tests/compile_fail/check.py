#!/usr/bin/env python3
"""Compile-fail test driver.

    check.py COMPILER SOURCE [FLAGS...]

SOURCE carries its expectations in comments:
    // EXPECT-ERROR: regex    must match the *first* error line the compiler prints
    // EXPECT-OUTPUT: regex   must match somewhere in the whole output (may repeat)
    // EXPECT-ERRORS: N       the compiler prints exactly N error lines
    // EXPECT-AT-SOURCE       the first error is located in SOURCE itself, not in a header
    // FLAGS: flags...        more flags for the failing compile (not for the twin)
SOURCE must fail to compile as it is, and compile cleanly with -DMEMLAYOUT_TWIN (its twin:
the same code with the cause removed), so a test cannot pass because of an unrelated error.
"""
import re
import subprocess
import sys


def compile_source(compiler, source, flags):
    command = [compiler, "-std=c++20", "-fsyntax-only", "-fno-diagnostics-color", *flags, source]
    result = subprocess.run(command, capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def main():
    compiler, source, *flags = sys.argv[1:]
    text = open(source, encoding="utf-8").read()
    first_error = re.findall(r"//\s*EXPECT-ERROR:\s*(.+)", text)
    anywhere = re.findall(r"//\s*EXPECT-OUTPUT:\s*(.+)", text)
    error_count = re.findall(r"//\s*EXPECT-ERRORS:\s*(\d+)", text)
    at_source = re.search(r"//\s*EXPECT-AT-SOURCE\b", text) is not None
    extra_flags = [flag for line in re.findall(r"//\s*FLAGS:\s*(.+)", text) for flag in line.split()]
    if len(first_error) != 1:
        print(f"{source}: needs exactly one EXPECT-ERROR line")
        return 1

    code, output = compile_source(compiler, source, [*flags, *extra_flags])
    if code == 0:
        print(f"{source}: compiled, but must not")
        return 1
    errors = [line for line in output.splitlines() if re.search(r"\b(fatal )?error:", line)]
    if not errors:
        print(f"{source}: failed without an error line:\n{output}")
        return 1
    ok = True
    if not re.search(first_error[0].strip(), errors[0]):
        print(f"{source}: first error does not match /{first_error[0].strip()}/:\n  {errors[0]}")
        ok = False
    if error_count and len(errors) != int(error_count[0]):
        print(f"{source}: {len(errors)} error lines, expected {error_count[0]}")
        ok = False
    if at_source and not errors[0].startswith(source + ":"):
        print(f"{source}: the first error is not located in the source itself:\n  {errors[0]}")
        ok = False
    for pattern in anywhere:
        if not re.search(pattern.strip(), output):
            print(f"{source}: output does not match /{pattern.strip()}/")
            ok = False
    if not ok:
        print("---- compiler output ----\n" + output)
        return 1

    code, twin_output = compile_source(compiler, source, [*flags, "-DMEMLAYOUT_TWIN"])
    if code != 0:
        print(f"{source}: its twin (-DMEMLAYOUT_TWIN) must compile:\n{twin_output}")
        return 1
    print(f"{source}: first error as expected: {errors[0].strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
