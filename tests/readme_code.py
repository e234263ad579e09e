#!/usr/bin/env python3
"""Compiles every ```cpp block of README.md and docs/*.md, so that no page shows code that
does not build.

    readme_code.py COMPILER SOURCE_DIR [FLAGS...]

A block that is only a fragment (it does not compile alone) is marked with a first line
`// fragment`; those are skipped and counted.
"""
import pathlib
import re
import subprocess
import sys
import tempfile


def main():
    compiler, source_dir, *flags = sys.argv[1:]
    root = pathlib.Path(source_dir)
    pages = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
    compiled = skipped = 0
    with tempfile.TemporaryDirectory() as work:
        for page in pages:
            for number, block in enumerate(re.findall(r"```cpp\n(.*?)```", page.read_text(), re.S), 1):
                if block.startswith("// fragment"):
                    skipped += 1
                    continue
                source = pathlib.Path(work) / f"{page.stem}_{number}.cpp"
                source.write_text(block)
                result = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", *flags,
                                         str(source)], capture_output=True, text=True)
                if result.returncode != 0:
                    print(f"{page.name}, block {number}, does not compile:\n{block}\n{result.stdout}{result.stderr}")
                    return 1
                compiled += 1
    if compiled == 0:
        print("no ```cpp block found")
        return 1
    print(f"{compiled} code blocks compile ({len(pages)} pages; {skipped} fragments skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
