#!/usr/bin/env python3
"""Runs a command; passes when it exits 0, prints every expected pattern and none rejected.

    expect_output.py [--expect REGEX]... [--reject REGEX]... -- COMMAND [ARG]...

CTest's PASS_REGULAR_EXPRESSION ignores the exit status and takes one pattern; this driver
requires both, so a program that prints the right words and then fails does not pass.
Patterns are Python regular expressions searched in the whole output (stdout and stderr),
with re.MULTILINE: ^ and $ match at line boundaries.
"""
import argparse
import re
import subprocess
import sys


def main():
    separator = sys.argv.index("--") if "--" in sys.argv else len(sys.argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expect", action="append", default=[], help="a pattern the output must contain")
    parser.add_argument("--reject", action="append", default=[], help="a pattern the output must not contain")
    options = parser.parse_args(sys.argv[1:separator])
    command = sys.argv[separator + 1:]
    if not command:
        parser.error("no command after --")
    result = subprocess.run(command, capture_output=True, text=True, errors="replace")
    output = result.stdout + result.stderr
    problems = []
    if result.returncode != 0:
        problems.append(f"exit status {result.returncode}")
    problems += [f"missing /{p}/" for p in options.expect if not re.search(p, output, re.MULTILINE)]
    problems += [f"found /{p}/" for p in options.reject if re.search(p, output, re.MULTILINE)]
    sys.stdout.write(output)
    if problems:
        print("\nexpect_output: " + "; ".join(problems))
        return 1
    print(f"\nexpect_output: exit status 0, {len(options.expect)} patterns found, {len(options.reject)} absent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
