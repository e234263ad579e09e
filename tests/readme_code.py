#!/usr/bin/env python3
"""Compiles every ```cpp block of README.md, so the README never shows code that does not build.

    readme_code.py COMPILER README [FLAGS...]
"""
import pathlib
import re
import subprocess
import sys
import tempfile


def main():
    compiler, readme, *flags = sys.argv[1:]
    blocks = re.findall(r"```cpp\n(.*?)```", pathlib.Path(readme).read_text(), re.S)
    if not blocks:
        print("README has no ```cpp block")
        return 1
    with tempfile.TemporaryDirectory() as work:
        for number, block in enumerate(blocks, 1):
            source = pathlib.Path(work) / f"readme_{number}.cpp"
            source.write_text(block)
            result = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", *flags,
                                     str(source)], capture_output=True, text=True)
            if result.returncode != 0:
                print(f"README block {number} does not compile:\n{block}\n{result.stdout}{result.stderr}")
                return 1
    print(f"{len(blocks)} README code blocks compile")
    return 0


if __name__ == "__main__":
    sys.exit(main())
