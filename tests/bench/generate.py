#!/usr/bin/env python3
"""Writes one translation unit of random aggregates for the compile-time benchmark.

    generate.py --structs N --members M --seed S --mode {floor,pfr,memlayout} [--shape SHAPE] > file.cpp

floor:     static_asserts on sizeof and offsetof of every member (what the compiler knows anyway)
pfr:       Boost.PFR extracts every member type (tuple_element_t for each index)
memlayout: memlayout::layout_of with all its compile-time checks

--shape (memlayout only): plain scalars (the default); `arrays`, every fourth member a C array
(`T m[3]`, every eighth of rank 2); `bitfields`, every fourth member a bit-field, in runs of
two; `mixed`, of every eight members one C array, two bit-fields and one nested struct (of four
kinds, shared by all structs); the same member count, to compare what each costs (each struct
with bit-fields states they all have names, memlayout::assumptions, as Clang 16 then needs to
place them by the ABI's rules). `contracts`:
plain structs, each pinned after its layout_of by MEMLAYOUT_EXPECT_SIZE and an
MEMLAYOUT_EXPECT_OFFSET of every member, to measure what a contract adds.
"""
import argparse
import random

SCALARS = ["char", "signed char", "unsigned char", "short", "unsigned short", "int", "unsigned", "long",
           "unsigned long", "long long", "float", "double", "bool", "std::int8_t", "std::uint16_t",
           "std::int32_t", "std::uint64_t", "char16_t", "char32_t", "wchar_t"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--structs", type=int, default=500)
    parser.add_argument("--members", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=["floor", "pfr", "memlayout"], required=True)
    parser.add_argument("--shape", choices=["plain", "arrays", "bitfields", "mixed", "contracts"], default="plain")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    out = ["#include <cstddef>", "#include <cstdint>"]
    if args.mode == "pfr":
        out.append("#include <boost/pfr/core.hpp>")
    if args.mode == "memlayout":
        out.append("#include <memlayout/memlayout.hpp>")
    if args.shape == "mixed":
        out += ["struct N0 { int a; short b; };", "struct N1 { double x; char y; };",
                "struct N2 { char c[3]; std::uint16_t d; };", "struct N3 { long p; int q; };"]
    for s in range(args.structs):
        members = [(rng.choice(SCALARS), f"m{i}") for i in range(args.members)]
        declarations = []
        for i, (t, n) in enumerate(members):
            if args.shape == "arrays" and i % 4 == 3:
                declarations.append(f"{t} {n}[3][2];" if i % 8 == 7 else f"{t} {n}[3];")
            elif args.shape == "bitfields" and i % 4 in (2, 3):
                declarations.append(f"unsigned {n} : {rng.randint(1, 9)};")
            elif args.shape == "mixed" and i % 8 == 3:
                declarations.append(f"{t} {n}[4];")
            elif args.shape == "mixed" and i % 8 in (5, 6):
                declarations.append(f"unsigned {n} : {rng.randint(1, 9)};")
            elif args.shape == "mixed" and i % 8 == 7:
                declarations.append(f"N{rng.randint(0, 3)} {n};")
            else:
                declarations.append(f"{t} {n};")
        out.append(f"struct S{s} {{ " + " ".join(declarations) + " };")
        if args.mode == "memlayout" and args.shape in ("bitfields", "mixed"):
            out.append(f"template <> inline constexpr memlayout::abi::assume memlayout::assumptions<S{s}> = "
                       "memlayout::abi::assume::named_bit_fields | memlayout::abi::assume::natural_alignment;")
        if args.mode == "floor":
            out.append(f"static_assert(sizeof(S{s}) > 0 && alignof(S{s}) > 0);")
            out.extend(f"static_assert(offsetof(S{s}, {n}) < sizeof(S{s}));" for _, n in members)
        elif args.mode == "pfr":
            out.extend(f"static_assert(sizeof(boost::pfr::tuple_element_t<{i}, S{s}>) > 0);"
                       for i in range(args.members))
        else:
            out.append(f"static_assert(memlayout::layout_of<S{s}>().size == sizeof(S{s}));")
            if args.shape == "contracts":
                out.append(f"MEMLAYOUT_EXPECT_SIZE(S{s}, sizeof(S{s}));")
                out.extend(f"MEMLAYOUT_EXPECT_OFFSET(S{s}, {n}, offsetof(S{s}, {n}));" for _, n in members)
    print("\n".join(out))


if __name__ == "__main__":
    main()
