#!/usr/bin/env python3
"""`memlayout show`, the installed command, as its users run it.

    show.py MEMLAYOUT WORK

Real headers against pahole (every member's name, offset, size and bits, every hole and footer
figure), with g++ and clang++-16; --target i386 and armhf against those targets' compilers
(sizeof, alignof, offsetof and each member's size, read from their assembly); a predicted target
said so; JSON parsed back; SVG through xmllint; contracts that compile; a frozen snapshot, a
changed header and `memlayout diff`; --compile-commands; the cache (a hit runs no compiler, a
changed header misses); and each error path with its message and exit status 2.
"""
import json
import os
import pathlib
import re
import stat
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pahole"))
from pahole_text import members_with_bits, numbers  # noqa: E402

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL: {what}")
    return condition


def show(memlayout, *args, cache, cwd=None, env=None):
    result = subprocess.run([memlayout, "show", "--cache-dir", str(cache), *args], capture_output=True, text=True,
                            cwd=cwd, env=env)
    return result.returncode, result.stdout, result.stderr


def reports(text):
    """struct name -> its report, from the output of `show`."""
    found = {}
    for chunk in re.split(r"\n(?=(?:struct|union) )", text):
        m = re.match(r"(?:struct|union) (\S+)", chunk)
        if m:
            found[m.group(1)] = chunk
    return found


# Real headers: pahole reads the DWARF of a translation unit that uses each type.
REAL = {
    "netinet/ip.h": ["iphdr", "ip"],
    "netinet/udp.h": ["udphdr"],
    "netinet/tcp.h": ["tcp_info"],
    "sys/stat.h": ["stat"],
    "netinet/in.h": ["sockaddr_in", "ip_mreqn"],
    "sys/utsname.h": ["utsname"],
    "linux/perf_event.h": ["perf_event_header"],
    "linux/io_uring.h": ["io_uring_cqe", "io_sqring_offsets"],
    "zlib.h": ["z_stream_s"],
}


def against_pahole(memlayout, work, cache, cxx):
    source = work / "real.cpp"
    source.write_text("".join(f"#include <{h}>\n" for h in REAL) +
                      "".join(f"struct {t} memlayout_use_{t};\n" for types in REAL.values() for t in types))
    subprocess.run(["g++", "-std=c++20", "-g", "-c", "-o", str(work / "real.o"), str(source)], check=True)
    includes = [a for h in REAL for a in ("--include", h)]
    types = [f"struct {t}" for ts in REAL.values() for t in ts]
    # Clang 16 shows no bit-field's bits: tcp_info's are placed by the ABI's rules only when the
    # user states there is no unnamed bit-field or aligned attribute (pahole checks the statement).
    stated = ["--assume", "named-bit-fields", "--assume", "natural-alignment"] if "clang" in cxx else []
    code, out, err = show(memlayout, "--cxx", cxx, *stated, *includes, *types, cache=cache)
    if not check(code == 0, f"{cxx}: show of real headers exits 0, not {code}: {err}"):
        return
    ours = reports(out)
    compared = 0
    for t in [t for ts in REAL.values() for t in ts]:
        theirs = subprocess.run(["pahole", "-C", t, str(work / "real.o")], capture_output=True, text=True, check=True).stdout
        if not check(t in ours and theirs, f"{cxx}: {t} shown by both"):
            continue
        a, b = members_with_bits(theirs), members_with_bits(ours[t])
        names_agree = len(a) == len(b) and all(y[0] in ("?", x[0]) for x, y in zip(a, b))
        check(names_agree and [m[1:] for m in a] == [m[1:] for m in b],
              f"{cxx}: {t}: members (name, offset, size, bit): pahole {a}, memlayout {b}")
        na, nb = numbers(theirs), numbers(ours[t])
        # Not the bit-field footer: pahole leaves it out where a bit-field shares its unit with the
        # next members ("Bitfield combined with next fields"); tests/pahole compares it.
        for key in ["size", "holes", "sums", "padding", "bit holes", "markers", "last cacheline"]:
            compared += 1
            check(na[key] == nb[key], f"{cxx}: {t}: {key}: pahole {na[key]}, memlayout {nb[key]}")
    print(f"{cxx}: {len(ours)} real structs against pahole, {compared} figures besides the members")


TARGETS = {"i386": ["g++", "-m32"], "armhf": ["arm-linux-gnueabihf-g++-12"]}
WIRE = """#pragma once
#include <cstdint>
struct Wire { char tag; long long id; short port; double weight; void* next; };
struct Flags { unsigned char kind; std::uint64_t stamp; unsigned int a : 3, b : 9; };
"""


def target_figures(compiler, extra, work, layout):
    """sizeof, alignof, and each member's offsetof and sizeof, from `compiler`'s assembly."""
    name = layout["type"]
    plain = [m for m in layout["members"] if "bit_width" not in m]
    lines = ['#include "wire.h"', "#include <cstddef>",
             f'extern "C" const unsigned memlayout_figures[] = {{sizeof({name}), alignof({name})'] + \
            [f", offsetof({name}, {m['name']}), sizeof({name}::{m['name']})" for m in plain] + ["};"]
    (work / "figures.cpp").write_text("\n".join(lines) + "\n")
    subprocess.run(compiler + extra + ["-std=c++20", "-I", str(work), "-S", "-o", str(work / "figures.s"),
                                       str(work / "figures.cpp")], check=True)
    text = (work / "figures.s").read_text()
    body = text[text.index("memlayout_figures:"):].splitlines()[1:]
    values = []
    for line in body:
        words = line.split()
        if not words or words[0] not in (".long", ".word", ".4byte"):
            break
        values.append(int(words[1]))
    ours = [layout["size"], layout["align"]] + [x for m in plain for x in (m["offset"], m["size"])]
    return values, ours


def against_targets(memlayout, work, cache):
    (work / "wire.h").write_text(WIRE)
    asm_fix = []
    if not pathlib.Path("/usr/include/asm").exists() and pathlib.Path("/usr/include/x86_64-linux-gnu/asm").exists():
        (work / "m32-include").mkdir(exist_ok=True)
        if not (work / "m32-include" / "asm").exists():
            (work / "m32-include" / "asm").symlink_to("/usr/include/x86_64-linux-gnu/asm")
        asm_fix = ["-isystem", str(work / "m32-include")]
    for target, compiler in TARGETS.items():
        code, out, err = show(memlayout, "--include", str(work / "wire.h"), "--target", target, "--format", "json",
                              "Wire", "Flags", cache=cache)
        if not check(code == 0, f"--target {target} exits 0, not {code}: {err}"):
            continue
        for layout in json.loads(out)["layouts"]:
            check(layout["target"] == target and layout["checked"] != "predicted",
                  f"--target {target}: {layout['type']} is the compiler's, for {target}: {layout['target']}, {layout['checked']}")
            theirs, ours = target_figures(compiler, asm_fix if target == "i386" else [], work, layout)
            check(theirs == ours, f"--target {target}: {layout['type']}: compiler {theirs}, memlayout {ours}")
        print(f"--target {target}: the compiler's own figures")
    # No compiler for it: predicted, once the user says Wire has no unnamed bit-field, which no
    # build can see and which could change it there; the refusal says how to say it.
    code, out, err = show(memlayout, "--include", str(work / "wire.h"), "--target", "win64-msvc", "Wire", cache=cache)
    check(code == 2 and "may hold an unnamed bit-field" in err and "(memlayout show: --assume named-bit-fields)" in err,
          f"--target win64-msvc asks for --assume named-bit-fields: {code} {out[:200]} {err}")
    stated = ["--assume", "named-bit-fields"]
    # Flags's std::uint64_t is unsigned long here, 4 bytes on Win64 as the keyword, 8 as either
    # typedef: the refusal offers the spellings, one or another.
    code, out, err = show(memlayout, "--include", str(work / "wire.h"), "--target", "win64-msvc", *stated, "Flags",
                          cache=cache)
    check(code == 2 and "(memlayout show: --assume fixed-width-integers or --assume pointer-sized-integers or "
          "--assume keyword-integers)" in err, f"--target win64-msvc offers one integer spelling: {code} {err}")
    code, out, err = show(memlayout, "--include", str(work / "wire.h"), "--target", "win64-msvc", *stated, "Wire",
                          cache=cache)
    check(code == 0 and "PREDICTED" in out.splitlines()[0], f"--target win64-msvc says PREDICTED: {code} {out[:200]} {err}")
    code, out, err = show(memlayout, "--include", str(work / "wire.h"), "--target", "win64-msvc", *stated, "--format",
                          "json", "Wire", cache=cache)
    check(code == 0 and json.loads(out)["layouts"][0]["checked"] == "predicted", "a predicted layout says so in JSON")


def formats(memlayout, work, cache):
    code, out, err = show(memlayout, "--include", "netinet/ip.h", "--format", "svg", "struct iphdr", cache=cache)
    (work / "iphdr.svg").write_text(out)
    check(code == 0 and subprocess.run(["xmllint", "--noout", str(work / "iphdr.svg")]).returncode == 0,
          f"SVG passes xmllint: {err}")
    # `struct stat`: `stat` alone is also a function, so the contracts spell the type as asked.
    code, out, err = show(memlayout, "--include", str(work / "wire.h"), "--include", "sys/stat.h", "--format",
                          "contracts", "Wire", "Flags", "struct stat", cache=cache)
    (work / "contracts.cpp").write_text('#include "wire.h"\n#include <sys/stat.h>\n' + out)
    include = pathlib.Path(memlayout).resolve().parent.parent / "include"
    built = subprocess.run(["g++", "-std=c++20", "-fsyntax-only", "-I", str(work), "-I", str(include),
                            str(work / "contracts.cpp")], capture_output=True, text=True)
    check(code == 0 and "MEMLAYOUT_EXPECT_MEMBER(Wire, 4, next" in out and "MEMLAYOUT_EXPECT_SIZE(struct stat, " in out
          and built.returncode == 0,
          f"frozen contracts compile: {err}{built.stderr[:2000]}")
    code, out, err = show(memlayout, "--include", str(work / "wire.h"), "--reorganize", "--expand", "--cache-line", "32",
                          "Wire", cache=cache)
    check(code == 0 and "saves 8 bytes" in out and "cacheline 1 boundary (32 bytes)" in out,
          f"--reorganize and --cache-line: {out}{err}")
    # The reorganized struct, as pahole --reorganize prints it: the advised order without holes.
    again = reports(out.split("reorganized, largest alignment first")[-1])
    members = members_with_bits(again.get("Wire", ""))
    check([m[:3] for m in members] == [("id", 0, 8), ("weight", 8, 8), ("next", 16, 8), ("port", 24, 2), ("tag", 26, 1)]
          and "/* saved 8 bytes and 1 cacheline! */" in out and numbers(again["Wire"])["holes"] == [],
          f"--reorganize prints the reorganized struct: {members}")


def drift_and_cache(memlayout, work, cache):
    header = work / "drift.h"
    header.write_text("struct Packet { char kind; int length; };\n")
    wrapper = work / "counting-g++"
    count = work / "compilations"
    wrapper.write_text(f"#!/bin/sh\necho x >> '{count}'\nexec g++ \"$@\"\n")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    args = ["--cxx", str(wrapper), "--include", str(header), "--format", "json", "Packet"]
    code, before, err = show(memlayout, *args, cache=cache)
    compilations = len(count.read_text().split())
    code2, again, err2 = show(memlayout, *args, "--verbose", cache=cache)
    check(code == 0 and code2 == 0 and again == before and len(count.read_text().split()) == compilations
          and "from the cache" in err2, "a second show with the same inputs answers from the cache, no compiler run")
    header.write_text("struct Packet { char kind; long long stamp; int length; };\n")
    code, after, err = show(memlayout, *args, cache=cache)
    check(code == 0 and len(count.read_text().split()) > compilations, "a changed header is compiled again")
    (work / "before.json").write_text(before)
    (work / "after.json").write_text(after)
    d = subprocess.run([memlayout, "diff", str(work / "before.json"), str(work / "after.json")], capture_output=True, text=True)
    check(d.returncode == 1 and "Packet: member `stamp` inserted at 8" in d.stdout, f"diff: drift, exit 1: {d.returncode} {d.stdout}")
    d = subprocess.run([memlayout, "diff", str(work / "before.json"), str(work / "before.json")], capture_output=True, text=True)
    check(d.returncode == 0, f"diff: no drift, exit 0: {d.returncode}")
    print("cache and drift: as expected")


def compile_commands(memlayout, work, cache):
    project = work / "project"
    (project / "inc").mkdir(parents=True, exist_ok=True)
    (project / "inc" / "conf.h").write_text("struct Conf { char c; WIDE_T value; };\n")
    (project / "main.cpp").write_text('#include "conf.h"\nint main() {}\n')
    (project / "compile_commands.json").write_text(json.dumps([{
        "directory": str(project), "file": "main.cpp",
        "command": "g++ -std=c++20 -Iinc -DWIDE_T=\"long double\" -O2 -flto -MD -MF main.d -c main.cpp -o main.o"}]))
    code, out, err = show(memlayout, "--compile-commands", str(project / "compile_commands.json"), "--source",
                          str(project / "main.cpp"), "--include", "conf.h", "--format", "json", "Conf", cache=cache)
    layouts = json.loads(out)["layouts"] if code == 0 else []
    check(layouts and layouts[0]["size"] == 32 and layouts[0]["members"][1]["type"] == "long double",
          f"--compile-commands takes the build's -I and -D: {code} {out} {err}")


def errors(memlayout, work, cache):
    (work / "bad.h").write_text("struct Broken { int a }\n")
    (work / "virtual.h").write_text("struct Shape { virtual ~Shape(); int sides; };\n")
    cases = [
        (["--include", str(work / "bad.h"), "Broken"], r"^memlayout show: the headers do not compile: .*bad\.h:1: "),
        (["--include", "no/such/header.h", "Wire"], r"^memlayout show: cannot include `no/such/header.h`: "),
        (["--include", str(work / "wire.h"), "Wired"], r"^memlayout show: `Wired` is not a type these headers declare: "),
        (["--include", str(work / "virtual.h"), "Shape"], r"^memlayout show: Shape \(from .*virtual\.h\): memlayout: T has virtual functions"),
        (["--cxx", "no-such-compiler++", "--include", str(work / "wire.h"), "Wire"], r"^memlayout show: no compiler `no-such-compiler\+\+`"),
        (["--cxx", "clang++-16", "--include", "netinet/tcp.h", "struct tcp_info"],
         r"^memlayout show: struct tcp_info \(from netinet/tcp\.h\): memlayout: a member of T .* is placed by the ABI's rules"),
    ]
    for args, expected in cases:
        code, out, err = show(memlayout, *args, cache=cache)
        check(code == 2 and len(err.splitlines()) == 1 and re.search(expected, err) and out == "",
              f"{' '.join(args)}: exit 2 and one line matching {expected!r}; got {code}: {err[:500]}")
    print("error paths: as expected")


def main():
    memlayout, work = sys.argv[1], pathlib.Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    cache = work / "cache"
    subprocess.run(["rm", "-rf", str(cache)], check=True)
    for cxx in ["g++", "clang++-16"]:
        against_pahole(memlayout, work, cache, cxx)
    against_targets(memlayout, work, cache)
    formats(memlayout, work, cache)
    drift_and_cache(memlayout, work, cache)
    compile_commands(memlayout, work, cache)
    errors(memlayout, work, cache)
    print(f"memlayout show: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
