#!/usr/bin/env python3
"""memlayout's Go models against Go itself.

    compare.py MODELS_PROGRAM WORK_DIR

Builds tests/go/oracle with Debian's Go for GOARCH amd64, arm64, 386 and arm (DWARF
uncompressed, so that pahole reads it), reads each runtime header with `pahole -C`, and
compares its size and every field's name, offset and size with the model memlayout prints.
Exits 1 on any difference.
"""
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pahole"))
import pahole_text  # noqa: E402


def build(goarch, work):
    binary = work / f"oracle-{goarch}"
    env = dict(os.environ, GOARCH=goarch, GOOS="linux", CGO_ENABLED="0", GOCACHE=str(work / "gocache"),
               GOPATH=str(work / "gopath"), GOFLAGS="-mod=mod", GOTOOLCHAIN="local")
    subprocess.run(["go", "build", "-ldflags=-compressdwarf=false", "-o", str(binary), "."], cwd=HERE / "oracle",
                   env=env, check=True)
    return binary


def main():
    program, work = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    work.mkdir(parents=True, exist_ok=True)
    lines = subprocess.run([program], capture_output=True, text=True, check=True).stdout.splitlines()
    binaries, compared, differences = {}, 0, []
    for line in lines:
        goarch, name, size, *members = line.split()
        if goarch not in binaries:
            binaries[goarch] = build(goarch, work)
        report = subprocess.run(["pahole", "-C", name, str(binaries[goarch])], capture_output=True, text=True).stdout
        if not report.strip():
            differences.append(f"{goarch} {name}: not in the binary's DWARF")
            continue
        go_size = int(re.search(r"/\* size: (\d+),", report).group(1))
        go_members = [f"{n}:{o}:{s}" for n, o, s in pahole_text.members(report)]
        compared += 1 + len(go_members)
        if go_size != int(size):
            differences.append(f"{goarch} {name}: size {size} in memlayout, {go_size} in Go")
        if go_members != members:
            differences.append(f"{goarch} {name}: memlayout {members}, Go {go_members}")
        print(f"{goarch:6} {name:22} {size:>4} bytes, {len(members):2} fields: "
              f"{'agrees with Go' if go_size == int(size) and go_members == members else 'DIFFERS'}")
    print(f"{len(lines)} headers, {compared} figures compared, {len(differences)} differences")
    for d in differences:
        print(d)
    return 1 if differences or not lines else 0


if __name__ == "__main__":
    sys.exit(main())
