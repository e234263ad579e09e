// The corpus: structs that cover every member kind memlayout lays out. Shared by the unit
// tests (run-time address checks), the pahole oracle and the examples. Global names, so
// that `pahole -C NAME` finds each one in the DWARF.
#ifndef MEMLAYOUT_TESTS_CORPUS_HPP
#define MEMLAYOUT_TESTS_CORPUS_HPP

#include <array>
#include <cstddef>
#include <cstdint>

enum class e8 : std::uint8_t { a, b };
enum class e16 : std::int16_t { a = -1, b = 300 };
enum e32 { e32_a, e32_b = 70000 };  // unfixed underlying type
enum class e64 : std::uint64_t { a, b = 1ull << 40 };

struct Empty {};
struct alignas(16) Aligned16 { int x; };
struct alignas(32) Aligned32 { char c; };
struct alignas(64) CacheLine { std::uint64_t counter; };
struct Pair { std::int32_t first; std::int8_t second; };
struct Inner { char a; int b; };
struct Middle { Inner in; double d; Inner tail; };
struct Deep { char tag; Middle mid; short s; };

struct C01_Sample { char c; double d; std::int16_t s; int* p; bool b; };
struct C02_Chars { char c; signed char sc; unsigned char uc; wchar_t w; char8_t c8; char16_t c16; char32_t c32; };
struct C03_Ints { std::int8_t a; std::int64_t b; std::int16_t c; std::int32_t d; std::uint8_t e; };
struct C04_Floats { float f; double d; float g; };
struct C05_LongDouble { char c; long double ld; char d; };
struct C06_Bools { bool a; int b; bool c; bool d; };
struct C07_Pointers { char c; void* v; const char* s; int** pp; };
struct C08_FunctionPointers { char c; void (*f)(int); int (*g)(double, char); };
struct C09_Enums { e8 a; e64 b; e16 c; e32 d; e8 e; };
struct C10_StdArrays { char c; std::array<int, 3> a; std::array<char, 5> b; std::array<double, 2> d; };
struct C11_Nested { char c; Inner in; char d; };
struct C12_Deep { char c; Deep deep; int tail; };
struct C13_OverAligned16 { char c; Aligned16 a; char d; };
struct C14_OverAligned32 { int i; Aligned32 a; };
struct C15_CacheLine { char flag; CacheLine line; char other; };
struct C16_EmptyMember { int i; Empty e; int j; };
struct C17_EmptyFirst { Empty e; double d; };
struct C18_Consts { const int a; const char b; const double c; };
struct C19_SizeTypes { std::size_t n; std::ptrdiff_t d; std::uintptr_t u; char c; };
struct C20_NoPadding { std::int32_t a; std::int32_t b; std::int64_t c; };
struct C21_TailOnly { std::int64_t a; char b; };
struct alignas(32) C22_StructAlignas { int a; char b; };
struct C23_ArrayOfRecords { char c; std::array<Pair, 3> pairs; };
struct C24_Nullptr { char c; std::nullptr_t n; };
struct C25_Bytes { std::byte a; std::int64_t b; std::byte c; };
struct C26_MemberPointers { char c; int Inner::*data; void (Middle::*fn)(); };
union Number { int i; float f; double d; };
struct C27_UnionMember { char tag; Number value; };
#if defined(__clang__)  // GCC 12 cannot bind volatile members in a constant expression
struct C28_Volatile { char c; volatile int v; };
#endif
struct C29_ShortsAndChars { char a; short b; char c; short d; char e; };
struct C30_Ordered { double a; int b; short c; char d; };
struct C31_Reversed { char d; short c; int b; double a; };
struct C32_ManyMembers {
    char m00; int m01; char m02; short m03; char m04; long m05; char m06; float m07;
    char m08; double m09; char m10; int m11; char m12; short m13; char m14; long m15;
    char m16; float m17; char m18; double m19; char m20; int m21; char m22; short m23;
};
struct C33_PairsOfPairs { Pair a; Pair b; char c; };
struct C34_SingleChar { char c; };
struct C35_SingleDouble { double d; };
struct C36_EmptyOnly { Empty a; Empty b; };
struct C37_DoubleAfterInt { int i; double d; };  // the i386 trap: d at 4 there, at 8 on x86_64
struct C38_LongLong { char c; long long ll; unsigned long long ull; };
struct C39_Mixed { e8 kind; std::array<std::uint16_t, 3> ids; const char* name; Aligned16 blob; bool live; };
struct C40_Matrix { std::array<std::array<float, 3>, 3> m; char tag; };
struct C41_CharThenLine { char c; CacheLine l; };
#pragma pack(push, 2)
struct C42_Pack2 { char c; int i; double d; };
#pragma pack(pop)
struct __attribute__((packed)) C43_Packed { char c; int i; std::int64_t l; };
struct C44_NestedPacked { char c; C43_Packed p; int tail; };
struct C46_EmptyArray { char c; std::array<double, 0> none; int after; };
#if defined(__SIZEOF_INT128__)
struct C45_Int128 { char c; __extension__ __int128 big; };
#endif

#endif  // MEMLAYOUT_TESTS_CORPUS_HPP
