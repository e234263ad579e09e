#!/usr/bin/env python3
"""Random aggregates for the differential test of memlayout's target predictions.

From a seed, writes structs that use every fundamental type, pointers, enums of each width
(fixed and unfixed underlying types), std::array, C arrays of rank 1 and 2, nesting to depth 3, over-aligned member
types, empty structs, struct-level alignas and #pragma pack (also around over-aligned members,
which MSVC keeps aligned and GCC does not). Each struct belongs to one of
three families, which fix how integer types are spelled, so that a prediction can state the
spelling (memlayout::abi::assume):
  fixed    <cstdint> fixed-width types (std::int64_t, ...), never `long`
  keyword  `long` and `unsigned long`, never a <cstdint> or <cstddef> typedef
  pointer  std::size_t, std::ptrdiff_t, std::intptr_t, std::uintptr_t
Writes:
  corpus.hpp   the structs, in namespace gen, needing only <array>, <cstddef>, <cstdint>
  figures.cpp  every struct's sizeof, alignof and each member's offsetof and sizeof, as an
               array of unsigned int; compiled by each target's compiler, never run
  checks.inc   MEMLAYOUT_GEN_CHECK(type, family, (offsetof...), (sizeof...)) for each struct
"""
import argparse
import pathlib
import random

COMMON = [
    "bool", "char", "signed char", "unsigned char", "char8_t", "char16_t", "char32_t", "wchar_t",
    "short", "unsigned short", "int", "unsigned", "long long", "unsigned long long",
    "float", "double", "long double", "void*", "const char*", "int*", "void (*)(int)", "std::nullptr_t",
]
FAMILY_INTEGERS = {
    "fixed": ["std::int8_t", "std::uint8_t", "std::int16_t", "std::uint16_t", "std::int32_t", "std::uint32_t",
              "std::int64_t", "std::uint64_t"],
    "keyword": ["long", "unsigned long"],
    "pointer": ["std::size_t", "std::ptrdiff_t", "std::intptr_t", "std::uintptr_t"],
}
FAMILY_ENUM_64 = {"fixed": "std::int64_t", "keyword": "long", "pointer": "std::size_t"}
# Types every family shares: enums of each width and over-aligned or empty structs.
SHARED_DECLARATIONS = """
enum class E8 : unsigned char { a, b };
enum class E16 : short { a = -1, b = 300 };
enum E32 { e32_a, e32_b = 70000 };              // no fixed underlying type: int
enum class E64LL : long long { a = 1LL << 40 };
struct Empty {};
struct alignas(8) Empty8 {};
struct alignas(16) Over16 { char c; };
struct alignas(32) Over32 { int x; short y; };
"""
SHARED_TYPES = ["E8", "E16", "E32", "E64LL", "Empty", "Empty8", "Over16", "Over32"]


def generate(seed, count):
    rng = random.Random(seed)
    structs = []  # (name, family, members [(type, name)], prefix lines, suffix lines, depth, struct head)
    by_family = {family: [] for family in FAMILY_INTEGERS}
    for i in range(count):
        family = ("fixed", "keyword", "pointer")[i % 3]
        name = f"S{i}"
        packed = rng.random() < 0.08
        depth = 1
        members = []
        for k in range(rng.randint(1, 8)):
            choice = rng.random()
            candidates = [s for s in by_family[family] if s[5] < 3]
            if choice < 0.45:
                t = rng.choice(COMMON + FAMILY_INTEGERS[family] * 2)
            elif choice < 0.55:
                t = rng.choice(["E8", "E16", "E32", "E64LL", f"E64{family}"])
            elif choice < 0.65:
                t = rng.choice(["Empty", "Empty8", "Over16", "Over32"])
            elif choice < 0.85 and candidates:
                nested = rng.choice(candidates)
                t = nested[0]
                depth = max(depth, nested[5] + 1)
            else:
                element = rng.choice(COMMON[:17] + FAMILY_INTEGERS[family] + ["E8", "E32"] +
                                     ([s[0] for s in candidates[-3:]] if candidates else []))
                if element in [s[0] for s in candidates]:
                    depth = max(depth, next(s[5] for s in candidates if s[0] == element) + 1)
                shape = rng.random()
                if shape < 0.4:
                    t = f"std::array<{element}, {rng.randint(1, 4)}>"
                elif shape < 0.8:
                    t = f"{element}[{rng.randint(1, 5)}]"  # a C array
                else:
                    t = f"{element}[{rng.randint(1, 3)}][{rng.randint(1, 3)}]"
            members.append((t, f"m{k}"))
        prefix, suffix, head = [], [], "struct"
        if packed:
            prefix = [f"#pragma pack(push, {rng.choice([1, 2, 4])})"]
            suffix = ["#pragma pack(pop)"]
        elif rng.random() < 0.08:
            head = "struct alignas(64)"  # above every member's alignment, so the host shows it
        structs.append((name, family, members, prefix, suffix, depth, head))
        by_family[family].append(structs[-1])
    return structs


def spell(t, name):
    if t.startswith("void (*)"):
        return f"void (*{name})(int)"
    if t.endswith("]"):  # a C array: the extents follow the name
        at = t.index("[")
        return f"{t[:at]} {name}{t[at:]}"
    return f"{t} {name}"


def write(structs, out):
    out.mkdir(parents=True, exist_ok=True)
    lines = ["// Generated by tests/targets/generate.py; do not edit.", "#pragma once",
             "#include <array>", "#include <cstddef>", "#include <cstdint>", "namespace gen {", SHARED_DECLARATIONS]
    for family, t in FAMILY_ENUM_64.items():
        lines.append(f"enum class E64{family} : {t} {{ a = 1 }};")
    for name, family, members, prefix, suffix, _, head in structs:
        lines += prefix
        lines.append(f"{head} {name} {{ " + " ".join(spell(t, m) + ";" for t, m in members) + " };")
        lines += suffix
    lines.append("}  // namespace gen")
    (out / "corpus.hpp").write_text("\n".join(lines) + "\n")

    fig = ["// Generated by tests/targets/generate.py; do not edit.", '#include "corpus.hpp"',
           "extern \"C\" const unsigned int memlayout_figures[];", "extern \"C\" const unsigned int memlayout_figures[] = {",
           f"  {len(structs)}u,"]
    for name, _, members, *_ in structs:
        row = [f"sizeof(gen::{name})", f"alignof(gen::{name})", f"{len(members)}"]
        for _, m in members:
            row += [f"offsetof(gen::{name}, {m})", f"sizeof(gen::{name}::{m})"]
        fig.append("  " + ", ".join(row) + ",")
    fig += ["  0xfeedu", "};"]
    (out / "figures.cpp").write_text("\n".join(fig) + "\n")

    checks = ["// Generated by tests/targets/generate.py; do not edit."]
    for name, family, members, *_ in structs:
        offsets = ", ".join(f"offsetof(gen::{name}, {m})" for _, m in members)
        sizes = ", ".join(f"sizeof(gen::{name}::{m})" for _, m in members)
        checks.append(f"MEMLAYOUT_GEN_CHECK(gen::{name}, {family}, ({offsets}), ({sizes}))")
    (out / "checks.inc").write_text("\n".join(checks) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--structs", type=int, default=300)
    parser.add_argument("--out", type=pathlib.Path, required=True)
    args = parser.parse_args()
    write(generate(args.seed, args.structs), args.out)


if __name__ == "__main__":
    main()
