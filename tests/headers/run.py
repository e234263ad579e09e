#!/usr/bin/env python3
"""memlayout on the structs of real headers, against pahole, figure by figure.

For each set of headers (headers.py): list every struct pahole finds in the DWARF of a
translation unit that includes them; ask memlayout for each (tests/headers/figures.hpp),
in one program built with -g; compare each struct's size, and each member's name, offset,
size, and (bit-fields) bit offset and width with what pahole reads from that program. A
struct memlayout refuses (memlayout::reflectable<T> is false) is compiled alone, and its
first error must start with "memlayout:". Prints a table (structs, exact, refused, why,
cryptic, wrong) and exits 1 on any wrong figure, any cryptic error, or coverage below
--min-exact.

  python3 tests/headers/run.py                       # the CI subset, g++
  python3 tests/headers/run.py --all --compiler clang++-16
  python3 tests/headers/run.py --all --m32
  python3 tests/headers/run.py --all --compiler clang++-16 --assume named_bit_fields,natural_alignment
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import headers  # noqa: E402
import pahole_tree  # noqa: E402


def run(command, cwd=None, check=True):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, errors="replace")
    if check and result.returncode != 0:
        raise RuntimeError(f"failed: {shlex.join(command)}\n{result.stdout}{result.stderr[:8000]}")
    return result


def discover(compiler, flags, includes, work):
    """The struct names pahole finds in a translation unit of the headers."""
    source = work / "discover.cpp"
    source.write_text(includes + "int main() {}\n")
    run([compiler, *flags, "-g", "-fno-eliminate-unused-debug-types", "-c", str(source), "-o", str(work / "discover.o")])
    out = run(["pahole", "-s", str(work / "discover.o")]).stdout
    names = []
    for line in out.splitlines():
        name = line.split("\t")[0].strip()
        if re.fullmatch(r"[A-Za-z_]\w*", name) and name not in names:
            names.append(name)
    return names


def usable(compiler, flags, includes, names, work):
    """The names that `struct NAME` spells as a complete type in C++ (some C headers' structs
    are incomplete or spelled otherwise there)."""
    keep = list(names)
    for _ in range(50):
        source = work / "usable.cpp"
        lines = [f"static_assert(sizeof(struct {n}) > 0); // {n}" for n in keep]
        source.write_text(includes + "\n".join(lines) + "\nint main() {}\n")
        result = run([compiler, *flags, "-fsyntax-only", str(source)], check=False)
        if result.returncode == 0:
            return keep
        bad = set()
        first_line = includes.count("\n") + 1
        for m in re.finditer(rf"{re.escape(str(source))}:(\d+):", result.stderr):
            index = int(m.group(1)) - first_line
            if 0 <= index < len(keep):
                bad.add(keep[index])
        if not bad:
            raise RuntimeError(f"the headers do not compile:\n{result.stderr[:4000]}")
        keep = [n for n in keep if n not in bad]
    return keep


def program_source(includes, names):
    body = "\n".join(f'    headers::print<struct {n}>("{n}");' for n in names)
    return f'{includes}#include "figures.hpp"\n\nint main() {{\n{body}\n}}\n'


def build_program(compiler, flags, includes, names, work, tag):
    source = work / f"figures_{tag}.cpp"
    binary = work / f"figures_{tag}"
    source.write_text(program_source(includes, names))
    result = run([compiler, *flags, "-g", "-fno-eliminate-unused-debug-types", f"-I{HERE}", str(source), "-o",
                  str(binary)], check=False)
    return binary if result.returncode == 0 else None, result.stderr


def first_error(text):
    for line in text.splitlines():
        if re.search(r"\b(fatal )?error:", line):
            return line
    return ""


def refusal_reason(compiler, flags, includes, name, work):
    """The first error of layout_of<struct NAME>() compiled alone."""
    source = work / f"refused_{name}.cpp"
    source.write_text(includes + '#include "figures.hpp"\n'
                      f"constexpr auto L = memlayout::layout_of<struct {name}, memlayout::abi::host, MEMLAYOUT_HEADERS_ASSUME>();\n"
                      "int main() {}\n")
    result = run([compiler, *flags, f"-I{HERE}", "-fsyntax-only", str(source)], check=False)
    error = first_error(result.stderr)
    message = re.search(r"memlayout: [^\"'’]*", error)
    return bool(message), (message.group(0)[:110] if message else error[:300])


def memlayout_figures(binary, runner):
    structs, current = {}, None
    for line in run([*runner, str(binary)]).stdout.splitlines():
        words = line.split()
        if words[0] == "struct":
            current = words[1]
            structs[current] = {"size": int(words[2]), "align": int(words[3]), "checked": int(words[4]), "leaves": []}
        elif words[0] == "leaf":
            structs[current]["leaves"].append(("leaf", words[1], *map(int, words[2:6])))
            structs[current].setdefault("aligns", {})[(words[1], int(words[2]))] = int(words[6])
        elif words[0] == "group":
            structs[current]["leaves"].append((words[0], "?", int(words[1]), int(words[2]), 0, 0))
        elif words[0] == "refused":
            structs[words[1]] = None
    return structs


def compare(name, ours, theirs):
    """The differences between memlayout's figures and pahole's, as sentences."""
    problems = []
    if ours["size"] != theirs["size"]:
        problems.append(f"size: pahole {theirs['size']}, memlayout {ours['size']}")
    leaves = theirs["leaves"]
    # A memlayout group stands for the pahole leaves inside that anonymous member.
    expected = []
    i = 0
    for leaf in ours["leaves"]:
        if leaf[0] == "group":
            block = pahole_tree.group_at(theirs["groups"], leaf[2])
            if block is None:
                problems.append(f"anonymous member at {leaf[2]}: not in pahole's view")
                return problems
            expected.append(("group", "?", block[0], block[1], 0, 0))
            i += block[2]  # the pahole leaves it holds
        else:
            if i >= len(leaves):
                problems.append(f"member {leaf[1]}: pahole has fewer members")
                return problems
            expected.append(leaves[i])
            i += 1
    if i != len(leaves):
        problems.append(f"members: pahole has {len(leaves)}, memlayout {i} ({[l[1] for l in leaves[i:]]} missing)")
    for ours_leaf, their_leaf in zip(ours["leaves"], expected):
        kind, mname, moffset, msize, mbit, mwidth = ours_leaf
        _, pname, poffset, psize, pbit, pwidth = their_leaf
        label = mname if mname != "?" else pname
        if mname != "?" and mname != pname:
            problems.append(f"member name: pahole {pname}, memlayout {mname}")
        if moffset != poffset:
            problems.append(f"{label} offset: pahole {poffset}, memlayout {moffset}")
        if msize != psize:
            problems.append(f"{label} size: pahole {psize}, memlayout {msize}")
        if (mwidth or pwidth) and (mbit, mwidth) != (pbit, pwidth):
            problems.append(f"{label} bits: pahole {pbit}:{pwidth}, memlayout {mbit}:{mwidth}")
    return problems


def check_set(set_name, spec, args, work):
    compiler = args.compiler
    flags = ["-std=c++20", "-w", f"-I{args.include}", *spec.get("flags", []), *args.flags]
    includes = "".join(f"#include <{h}>\n" for h in spec["headers"])
    names = discover(compiler, flags, includes, work)
    names = usable(compiler, flags, includes, names, work)
    if args.limit:
        names = names[: args.limit]
    binary, errors = build_program(compiler, flags, includes, names, work, set_name)
    cryptic = []
    if binary is None:
        # Some struct makes the program fail to compile: find which, one at a time.
        def alone(n):
            b, e = build_program(compiler, flags, includes, [n], work, f"{set_name}_{n}")
            return n, b is not None, first_error(e)

        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(alone, names))
        cryptic = [(n, err) for n, ok, err in outcomes if not ok]
        names = [n for n, ok, _ in outcomes if ok]
        binary, errors = build_program(compiler, flags, includes, names, work, set_name)
        if binary is None:
            raise RuntimeError(f"{set_name}: the program does not compile:\n{errors[:4000]}")
    ours = memlayout_figures(binary, args.runner)
    refused = [n for n, v in ours.items() if v is None]
    theirs = pahole_tree.read_structs(binary, [n for n, v in ours.items() if v is not None])
    wrong, exact, hidden = [], 0, 0
    # Members with an alignas (pahole's __aligned__(N)): field::align is N, below it (an alignas
    # that moved nothing: memlayout cannot see it), or above (the largest alignment the offset
    # allows, where the alignas asked less). Counted, not failed: field::align says what it sees.
    alignas = {"equal": 0, "below": 0, "above": 0}
    for n, v in ours.items():
        if v is None:
            continue
        for key, wanted in theirs[n].get("aligned", {}).items():
            seen = v.get("aligns", {}).get(key)
            if seen is not None:
                alignas["equal" if seen == wanted else "below" if seen < wanted else "above"] += 1
        problems = compare(n, v, theirs[n])
        if problems:
            wrong.append((n, problems))
        elif any(leaf[0] == "group" for leaf in v["leaves"]) or any(leaf[1] == "?" for leaf in v["leaves"]):
            hidden += 1
            exact += 1
        else:
            exact += 1
    reasons = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for n, (clean, reason) in zip(refused, pool.map(lambda n: refusal_reason(compiler, flags, includes, n, work), refused)):
            if clean:
                reasons.setdefault(reason, []).append(n)
            else:
                cryptic.append((n, reason))
    return {"structs": len(ours) + len(cryptic), "exact": exact, "hidden": hidden, "refused": reasons,
            "cryptic": cryptic, "wrong": wrong, "alignas": alignas}


def m32_include(work):
    """A folder that gives g++ -m32 the kernel's <asm/...> headers, which Debian installs for the
    build's own architecture only (/usr/include/x86_64-linux-gnu/asm): the x86 uapi headers are
    the same files for i386 and x86_64 (they test __i386__ themselves)."""
    folder = work / "m32-include"
    folder.mkdir(exist_ok=True)
    link = folder / "asm"
    if not link.exists():
        link.symlink_to("/usr/include/x86_64-linux-gnu/asm")
    return folder


def m32_runner(compiler, work):
    """What runs an i386 program: nothing where the kernel runs it, else qemu-i386 (some kernels
    are built without IA-32 emulation)."""
    probe = work / "m32-probe"
    (work / "m32-probe.cpp").write_text("int main() { return 0; }\n")
    run([compiler, "-m32", str(work / "m32-probe.cpp"), "-o", str(probe)])
    try:
        if subprocess.run([str(probe)], capture_output=True, check=False).returncode == 0:
            return []
    except OSError:  # "Exec format error"
        pass
    return ["qemu-i386"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compiler", default="g++")
    parser.add_argument("--m32", action="store_true", help="build for i386 (g++ -m32)")
    parser.add_argument("--all", action="store_true", help="every header set, not the CI subset")
    parser.add_argument("--sets", nargs="*", help="only these sets")
    parser.add_argument("--limit", type=int, default=0, help="at most this many structs per set")
    parser.add_argument("--min-exact", type=float, default=0.0, help="fail below this share of exact structs (0..1)")
    parser.add_argument("--include", type=pathlib.Path, default=HERE.parent.parent / "include")
    parser.add_argument("--flags", default="", help="more compiler flags")
    parser.add_argument("--assume", default="",
                        help="state of every struct, e.g. named_bit_fields,natural_alignment (memlayout::abi::assume)")
    parser.add_argument("--work", type=pathlib.Path, default=None)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    work = args.work or pathlib.Path(tempfile.mkdtemp(prefix="memlayout-headers-"))
    work.mkdir(parents=True, exist_ok=True)
    args.flags = shlex.split(args.flags)
    if args.assume:
        stated = "|".join(f"memlayout::abi::assume::{a.strip()}" for a in args.assume.split(","))
        args.flags.append(f"-DMEMLAYOUT_HEADERS_ASSUME={stated}")
    args.runner = []
    if args.m32:
        args.flags += ["-m32", "-isystem", str(m32_include(work))]
        args.runner = m32_runner(args.compiler, work)
    sets = headers.sets(everything=args.all, m32=args.m32)
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets}
    totals = {"structs": 0, "exact": 0, "hidden": 0, "refused": 0, "cryptic": 0, "wrong": 0}
    alignas = {"equal": 0, "below": 0, "above": 0}
    print(f"{'headers':<10} {'structs':>8} {'exact':>6} {'of them, members hidden':>24} {'refused':>8} {'cryptic':>8} {'wrong':>6}")
    details = []
    for name, spec in sets.items():
        set_work = work / name
        set_work.mkdir(exist_ok=True)
        r = check_set(name, spec, args, set_work)
        refused = sum(len(v) for v in r["refused"].values())
        print(f"{name:<10} {r['structs']:>8} {r['exact']:>6} {r['hidden']:>24} {refused:>8} {len(r['cryptic']):>8} {len(r['wrong']):>6}",
              flush=True)
        for k in totals:
            totals[k] += refused if k == "refused" else (len(r[k]) if isinstance(r[k], list) else r[k])
        for k in alignas:
            alignas[k] += r["alignas"][k]
        details.append((name, r))
    print(f"{'all':<10} {totals['structs']:>8} {totals['exact']:>6} {totals['hidden']:>24} {totals['refused']:>8} "
          f"{totals['cryptic']:>8} {totals['wrong']:>6}")
    for name, r in details:
        for reason, names in sorted(r["refused"].items(), key=lambda kv: -len(kv[1])):
            print(f"{name}: refused {len(names)}: {reason} ({', '.join(names[:6])}{', ...' if len(names) > 6 else ''})")
        for n, err in r["cryptic"][:10]:
            print(f"{name}: CRYPTIC {n}: {err}")
        for n, problems in r["wrong"][:20]:
            print(f"{name}: WRONG {n}: {'; '.join(problems[:4])}")
    print(f"memlayout: {sum(alignas.values())} members with an alignas (pahole): field::align equal on {alignas['equal']}, "
          f"below on {alignas['below']} (an alignas that moved nothing), above on {alignas['above']}")
    share = totals["exact"] / totals["structs"] if totals["structs"] else 0.0
    print(f"memlayout: {totals['exact']} of {totals['structs']} structs exact ({100 * share:.1f}%), "
          f"{totals['cryptic']} cryptic, {totals['wrong']} wrong")
    ok = totals["cryptic"] == 0 and totals["wrong"] == 0 and share >= args.min_exact
    print("memlayout: real headers " + ("agree with pahole" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
