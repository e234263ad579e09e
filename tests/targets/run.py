#!/usr/bin/env python3
"""The differential test of memlayout's target predictions against the targets' compilers.

For each chunk of generated structs (tests/targets/generate.py):
  1. every target's compiler compiles figures.cpp to assembly; the figures (sizeof, alignof,
     offsetof and sizeof of each member) are read from the array it emits;
  2. every target's compiler that can build memlayout compiles check.cpp: memlayout's
     prediction for that compiler's own target must equal its figures (static_assert);
  3. the host compiler builds predict.cpp, which prints the prediction for every target;
     each line must equal the figures that target's compiler produced.
Then every compiler that builds memlayout also compiles corpus_check.cpp: each struct of
the core tests' corpus that can be predicted must be predicted as that compiler lays it out.
Prints a table of structs x targets with the refusals and mismatches, and exits 1 on any
mismatch. A refusal is one unless the struct has bit-fields: memlayout predicts none on the
Windows targets (Microsoft's bit-field rules), nor where an unnamed bit-field moved something;
and none on another target than x86_64 where the struct holds an unnamed one (which must be
refused there).

  python3 tests/targets/run.py --structs 10000        # the long run of the README
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import shlex
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402


def targets(m32_flags):
    """target name -> (compiler command, whether it can build memlayout itself)."""
    return {
        "x86_64": (["g++"], True),
        "i386": (["g++"] + m32_flags, True),
        "armhf": (["arm-linux-gnueabihf-g++-12"], True),
        "aarch64": (["aarch64-linux-gnu-g++-12"], True),
        "win64-mingw": (["x86_64-w64-mingw32-g++"], True),
        # No MSVC on Debian: clang lays records out by MSVC's rules for this target; the
        # standard headers are stand-ins with MSVC's type definitions (msvc_shim/).
        "win64-msvc": (["clang++-16", "--target=x86_64-pc-windows-msvc", "-nostdinc++", "-nostdlibinc",
                        "-isystem", str(HERE / "msvc_shim")], False),
    }


def run(command, cwd):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"failed: {shlex.join(command)}\n{result.stdout}{result.stderr[:6000]}")
    return result.stdout


def read_figures(assembly):
    """The unsigned ints of memlayout_figures, from GCC's or clang's assembly output."""
    values, inside = [], False
    for line in assembly.splitlines():
        line = line.split("#")[0].split("@")[0].strip()
        if line == "memlayout_figures:":
            inside = True
            continue
        if not inside or not line:
            continue
        directive, _, argument = line.partition("\t") if "\t" in line else line.partition(" ")
        argument = argument.strip()
        if directive in (".long", ".word", ".4byte", ".int"):
            values.append(int(argument, 0) & 0xFFFFFFFF)  # GCC writes 0x80000000 as -2147483648
            if values[-1] == 0xFEED:
                break
        elif directive in (".zero", ".space"):
            values += [0] * (int(argument, 0) // 4)
        elif directive.endswith(":") or directive.startswith(".size"):
            break
    if not values or values[-1] != 0xFEED:
        raise RuntimeError("memlayout_figures not found in the assembly")
    figures, i = {}, 1
    for s in range(values[0]):
        size, align, count = values[i:i + 3]
        members = values[i + 3:i + 3 + 2 * count]
        figures[f"S{s}"] = [size, align, count] + members
        i += 3 + 2 * count
    return figures


def check_chunk(work, seed, structs, args, table):
    generated = generate.generate(seed, structs)
    generate.write(generated, work)
    common = ["-std=c++20", "-w"]
    memlayout_includes = ["-I", str(args.include), "-isystem", str(args.work / "boost-include"), "-I", str(work)]
    jobs = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for name, (compiler, builds_memlayout) in targets(args.m32_flags).items():
            jobs[("figures", name)] = pool.submit(
                run, compiler + common + ["-S", "-o", f"figures-{name}.s", "figures.cpp"], work)
            if builds_memlayout:
                jobs[("check", name)] = pool.submit(
                    run, compiler + common + memlayout_includes + ["-fsyntax-only", str(HERE / "check.cpp")], work)
        jobs[("predict", "host")] = pool.submit(
            run, ["g++"] + common + memlayout_includes + ["-o", "predict", str(HERE / "predict.cpp")], work)
        for job in jobs.values():
            job.result()  # raises on a failed compile: a static_assert of check.cpp, or a refusal
    predictions = run([str(work / "predict")], work)
    figures = {name: read_figures((work / f"figures-{name}.s").read_text()) for name in targets(args.m32_flags)}
    with_bits = {name for name, _, members, *_ in generated if any(len(m) == 3 for m in members)}
    with_unnamed = {name for name, _, members, *_ in generated if any(m[1] is None for m in members)}
    for line in predictions.splitlines():
        target, struct, *numbers = line.split()
        expected = figures[target][struct]
        entry = table.setdefault(target, [0, 0, [], 0])
        entry[0] += 1
        if numbers == ["refused"]:
            # Only a struct with bit-fields may be refused (Microsoft's bit-field rules, an
            # unnamed bit-field that moved something on the host or may move something on the
            # target).
            entry[3] += 1
            if struct not in with_bits:
                entry[1] += 1
                entry[2].append(f"{target} seed {seed} {struct}: refused, but has no bit-field")
            continue
        if struct in with_unnamed and target != "x86_64":
            # An unnamed bit-field may change nothing on this host and the target's layout.
            entry[1] += 1
            entry[2].append(f"{target} seed {seed} {struct}: predicted, but has an unnamed bit-field")
            continue
        if [int(n) for n in numbers] != expected:
            entry[1] += 1
            entry[2].append(f"{target} seed {seed} {struct}: memlayout {numbers}, compiler {expected}")
    for name in targets(args.m32_flags):
        if name not in table:
            raise RuntimeError(f"no prediction was printed for {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--structs", type=int, default=300, help="structs per target")
    parser.add_argument("--chunk", type=int, default=300, help="structs per generated translation unit")
    parser.add_argument("--work", type=pathlib.Path, default=pathlib.Path("build/targets"))
    parser.add_argument("--include", type=pathlib.Path, default=HERE.parent.parent / "include")
    parser.add_argument("--m32-flags", default="-m32", help="the flags of an i386 build (cmake/m32.cmake)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    args.m32_flags = shlex.split(args.m32_flags)
    args.work = args.work.resolve()
    args.include = args.include.resolve()
    # The cross compilers do not search /usr/include; Boost.PFR is header-only and portable.
    boost = args.work / "boost-include"
    boost.mkdir(parents=True, exist_ok=True)
    if not (boost / "boost").exists():
        (boost / "boost").symlink_to("/usr/include/boost")

    table = {}
    chunks = (args.structs + args.chunk - 1) // args.chunk
    for c in range(chunks):
        count = min(args.chunk, args.structs - c * args.chunk)
        work = args.work / f"chunk{c}"
        work.mkdir(parents=True, exist_ok=True)
        check_chunk(work, args.seed * 100003 + c, count, args, table)
        print(f"chunk {c + 1}/{chunks}: {count} structs checked on every target", flush=True)

    # The hand-written corpus of the core tests, predicted inside each target's compiler.
    corpus_counts = {}
    for name, (compiler, builds_memlayout) in targets(args.m32_flags).items():
        if not builds_memlayout:
            continue
        work = args.work / "corpus"
        work.mkdir(parents=True, exist_ok=True)
        run(compiler + ["-std=c++20", "-w", "-I", str(args.include), "-isystem", str(args.work / "boost-include"),
                        "-I", str(HERE.parent), "-S", "-o", f"corpus-{name}.s", str(HERE / "corpus_check.cpp")], work)
        text = (work / f"corpus-{name}.s").read_text()
        found = re.search(r"^memlayout_corpus_predicted:\s*\n\s*\.(?:long|word|4byte)\s+(\d+)", text, re.M)
        corpus_counts[name] = int(found.group(1)) if found else 0
    print("corpus structs predicted inside each target's compiler: " +
          ", ".join(f"{name} {count}" for name, count in corpus_counts.items()))

    print(f"{'target':<12} {'structs':>8} {'refused':>8} {'mismatches':>11}")
    failures = []
    for target, (structs, mismatches, lines, refused) in table.items():
        print(f"{target:<12} {structs:>8} {refused:>8} {mismatches:>11}")
        failures += lines
    for line in failures[:20]:
        print(line)
    print("memlayout: targets " + ("FAILED" if failures else "agree with their compilers"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
