// C structs as system headers write them: bit-fields (with bit holes and bit padding), C arrays,
// a flexible array member. Global names, so that `pahole -C NAME` finds each in the DWARF; the
// pahole report oracle compares memlayout's report of each with pahole's, line by line. Kept out
// of the main corpus, which Boost.PFR also reads (it counts a C array's elements).
#ifndef MEMLAYOUT_TESTS_C_CORPUS_HPP
#define MEMLAYOUT_TESTS_C_CORPUS_HPP

#include "../live_bits.hpp"

// A flexible array member is a C extension GCC and Clang accept in C++.
#pragma GCC system_header

struct K01_BitFields { unsigned char kind : 3, urgent : 1; unsigned short port : 12; int id; char tag : 2; };
struct K02_CArrays { char name[5]; int m[2][3]; double d; short s[3]; };
// `last` sits inside big's 8-byte unit on x86_64: the bit padding runs to that unit's end.
struct K03_BitsAndHoles { char c; unsigned a : 3; unsigned b : 20; long long big : 40; unsigned char last : 1; };
struct K04_Flexible { int length; short kind; char data[]; };

// Their bit-fields have names (Clang 16 places them by the ABI's rules only when told so).
MEMLAYOUT_TEST_NAMED_BIT_FIELDS(K01_BitFields);
MEMLAYOUT_TEST_NAMED_BIT_FIELDS(K03_BitsAndHoles);

#if defined(__i386__)
// On i386 big starts at bit 32 of an 8-byte unit at 0 and spills into byte 8, which pahole 1.24
// reports as bit padding up to the struct's end; memlayout's figures there are checked against a
// live object instead (c_structs.test.cpp).
#define MEMLAYOUT_C_CORPUS(X) X(K01_BitFields) X(K02_CArrays) X(K04_Flexible)
#else
#define MEMLAYOUT_C_CORPUS(X) X(K01_BitFields) X(K02_CArrays) X(K03_BitsAndHoles) X(K04_Flexible)
#endif

#endif
