#!/usr/bin/env python3
"""Random aggregates for the differential test of memlayout's target predictions.

From a seed, writes structs that use every fundamental type, pointers, enums of each width
(fixed and unfixed underlying types), std::array, C arrays of rank 1 and 2, nesting to depth 3, over-aligned member
types, empty structs, struct-level alignas and #pragma pack (also around over-aligned members,
which MSVC keeps aligned and GCC does not), and bit-fields: one struct in six is a register-map
style struct of integers, bit-fields (of widths every target accepts) and now and then an
unnamed bit-field (`int : 5`, `: 0`), and about one other struct in sixteen has an unnamed
bit-field among its ordinary members (never nested). Each struct belongs to one of
three families, which fix how integer types are spelled, so that a prediction can state the
spelling (memlayout::abi::assume):
  fixed    <cstdint> fixed-width types (std::int64_t, ...), never `long`
  keyword  `long` and `unsigned long`, never a <cstdint> or <cstddef> typedef
  pointer  std::size_t, std::ptrdiff_t, std::intptr_t, std::uintptr_t
Writes:
  corpus.hpp   the structs, in namespace gen, needing only <array>, <cstddef>, <cstdint>
  figures.cpp  every struct's sizeof, alignof and each member's offsetof and sizeof (a bit-field:
               BIT_FIGURE | its first bit, read from a constant image of the struct with the
               bit-field set to 1, and its width), as an array of unsigned int; compiled by
               each target's compiler, never run
  checks.inc   MEMLAYOUT_GEN_CHECK(type, family, (offsetof...), (sizeof...)) for each struct;
               MEMLAYOUT_GEN_CHECK_BITS(type, family) for one with bit-fields
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
# Bit-field types, and the widest width every target accepts for each: 32 bits for the types
# that are 4 bytes on the 32-bit targets or on Windows (long, std::size_t).
BIT_TYPES = {"bool": 1, "char": 8, "signed char": 8, "unsigned char": 8, "short": 16, "unsigned short": 16,
             "int": 32, "unsigned": 32, "long long": 64, "unsigned long long": 64}
FAMILY_BIT_TYPES = {
    "fixed": {"std::int8_t": 8, "std::uint16_t": 16, "std::int32_t": 32, "std::uint64_t": 64},
    "keyword": {"long": 32, "unsigned long": 32},
    "pointer": {"std::size_t": 32, "std::ptrdiff_t": 32},
}
BIT_FIGURE = 0x80000000  # marks a bit-field's first bit in the figures


def generate(seed, count):
    rng = random.Random(seed)
    structs = []  # (name, family, members [(type, name)], prefix lines, suffix lines, depth, struct head)
    by_family = {family: [] for family in FAMILY_INTEGERS}
    for i in range(count):
        family = ("fixed", "keyword", "pointer")[i % 3]
        name = f"S{i}"
        if rng.random() < 1 / 6:
            structs.append((name, family, bit_members(rng, family), [], [], 1, "struct"))
            continue  # never nested: its figures need a constant image, which a pointer stops
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
        unnamed = not packed and rng.random() < 0.06
        if unnamed:
            # An unnamed bit-field among ordinary members (`long long : 0` after a pointer,
            # `long : 16` before a double): x86_64 may lay the struct out as if it were not
            # there, and another target not, so memlayout must refuse the struct there.
            types = {t: w for t, w in {**BIT_TYPES, **FAMILY_BIT_TYPES[family]}.items() if t != "bool"}
            t = rng.choice(list(types))
            width = 0 if rng.random() < 0.5 else rng.randint(1, types[t])
            members.insert(rng.randint(0, len(members)), (t, None, width))
        prefix, suffix, head = [], [], "struct"
        if packed:
            prefix = [f"#pragma pack(push, {rng.choice([1, 2, 4])})"]
            suffix = ["#pragma pack(pop)"]
        elif rng.random() < 0.08:
            head = "struct alignas(64)"  # above every member's alignment, so the host shows it
        structs.append((name, family, members, prefix, suffix, depth, head))
        if not unnamed:  # nested, it would hide in a struct the generator states has none
            by_family[family].append(structs[-1])
    return structs


def bit_members(rng, family):
    """A register map: bit-fields, integers and bytes; (type, name, width) each, name None for
    an unnamed bit-field, width None for a member that is not a bit-field."""
    types = {**BIT_TYPES, **FAMILY_BIT_TYPES[family]}
    members = []
    for k in range(rng.randint(2, 10)):
        t = rng.choice(list(types))
        choice = rng.random()
        if choice < 0.65:
            members.append((t, f"m{k}", rng.randint(1, types[t])))
        elif choice < 0.72 and t != "bool":
            members.append((t, None, rng.randint(0, types[t])))
        elif choice < 0.9:
            members.append((t, f"m{k}", None))
        else:
            members.append((f"unsigned char[{rng.randint(1, 3)}]", f"m{k}", None))
    return members


def spell(t, name, width=None):
    if width is not None:
        return f"{t} {name or ''} : {width}"
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
        lines.append(f"{head} {name} {{ " + " ".join(spell(*m) + ";" for m in members) + " };")
        lines += suffix
    lines.append("}  // namespace gen")
    (out / "corpus.hpp").write_text("\n".join(lines) + "\n")

    # A bit-field's first bit: the struct, value-initialized, with the bit-field set to 1, as a
    # constant image; a byte that is padding there is no constant, and is read as 0. Not with
    # MSVC's rules (Clang 16 makes no constant image of a type with bit-fields; memlayout does
    # not predict them there).
    fig = ["// Generated by tests/targets/generate.py; do not edit.", '#include "corpus.hpp"', "#include <cstddef>",
           "#ifdef _MSC_VER",
           "#define MEMLAYOUT_FIRST_BIT(T, make) 0u",
           "#else",
           "#include <type_traits>", "#include <utility>",
           "template <std::size_t N> struct image { unsigned char bytes[N]; };",
           "struct byte_bits { unsigned char b0 : 1, b1 : 1, b2 : 1, b3 : 1, b4 : 1, b5 : 1, b6 : 1, b7 : 1; };",
           "template <std::size_t N> struct bit_image { byte_bits bytes[N]; };",
           "template <auto Make> constexpr auto image_of() { return __builtin_bit_cast(image<sizeof(Make())>, Make()); }",
           "// A byte that mixes bits and padding is no constant: its bits are read one at a time.",
           "template <auto Make, std::size_t K, unsigned B> constexpr unsigned bit_of() {",
           "  const byte_bits bits = __builtin_bit_cast(bit_image<sizeof(Make())>, Make()).bytes[K];",
           "  if constexpr (B == 0) return bits.b0; else if constexpr (B == 1) return bits.b1;",
           "  else if constexpr (B == 2) return bits.b2; else if constexpr (B == 3) return bits.b3;",
           "  else if constexpr (B == 4) return bits.b4; else if constexpr (B == 5) return bits.b5;",
           "  else if constexpr (B == 6) return bits.b6; else return bits.b7; }",
           "template <auto Make, std::size_t K, unsigned B> constexpr unsigned bit_or_zero() {",
           "  if constexpr (requires { typename std::integral_constant<unsigned, bit_of<Make, K, B>()>; })",
           "    return bit_of<Make, K, B>() << B;",
           "  else return 0; }",
           "template <auto Make, std::size_t K> constexpr unsigned byte_of() {",
           "  if constexpr (requires { typename std::integral_constant<unsigned, image_of<Make>().bytes[K]>; })",
           "    return image_of<Make>().bytes[K];",
           "  else return bit_or_zero<Make, K, 0>() | bit_or_zero<Make, K, 1>() | bit_or_zero<Make, K, 2>() |",
           "              bit_or_zero<Make, K, 3>() | bit_or_zero<Make, K, 4>() | bit_or_zero<Make, K, 5>() |",
           "              bit_or_zero<Make, K, 6>() | bit_or_zero<Make, K, 7>(); }",
           "template <auto Make, std::size_t... K> constexpr unsigned first_bit(std::index_sequence<K...>) {",
           "  const unsigned bytes[] = {byte_of<Make, K>()...};",
           "  for (unsigned i = 0; i < sizeof...(K) * 8; ++i) if ((bytes[i / 8] >> (i % 8)) & 1) return i;",
           "  return 0xffffu; }",
           "#define MEMLAYOUT_FIRST_BIT(T, make) first_bit<make>(std::make_index_sequence<sizeof(T)>{})",
           "#endif"]
    for name, _, members, *_ in structs:
        for t, m, width in (x for x in members if len(x) == 3):
            if m is not None and width is not None:
                value = "true" if t == "bool" else "1"
                fig.append(f"constexpr gen::{name} make_{name}_{m}() {{ gen::{name} s{{}}; s.{m} = {value}; return s; }}")
    fig += ["extern \"C\" const unsigned int memlayout_figures[];", "extern \"C\" const unsigned int memlayout_figures[] = {",
            f"  {len(structs)}u,"]
    for name, _, members, *_ in structs:
        named = [x for x in members if x[1] is not None]
        row = [f"sizeof(gen::{name})", f"alignof(gen::{name})", f"{len(named)}"]
        for t, m, *width in named:
            if width and width[0] is not None:
                row += [f"{BIT_FIGURE:#x}u | MEMLAYOUT_FIRST_BIT(gen::{name}, make_{name}_{m})", f"{width[0]}"]
            else:
                row += [f"offsetof(gen::{name}, {m})", f"sizeof(gen::{name}::{m})"]
        fig.append("  " + ", ".join(row) + ",")
    fig += ["  0xfeedu", "};"]
    (out / "figures.cpp").write_text("\n".join(fig) + "\n")

    checks = ["// Generated by tests/targets/generate.py; do not edit."]
    for name, family, members, *_ in structs:
        if any(len(x) == 3 for x in members):
            # Stated where true: every bit-field has a name (predict.cpp's `fixed_named`, ...).
            named = all(x[1] is not None for x in members)
            checks.append(f"MEMLAYOUT_GEN_CHECK_BITS(gen::{name}, {family}{'_named' if named else ''})")
            continue
        offsets = ", ".join(f"offsetof(gen::{name}, {m})" for _, m in members)
        sizes = ", ".join(f"sizeof(gen::{name}::{m})" for _, m in members)
        # No bit-field at all, so none unnamed: stated, as every prediction for another target
        # needs it.
        checks.append(f"MEMLAYOUT_GEN_CHECK(gen::{name}, {family}_named, ({offsets}), ({sizes}))")
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
