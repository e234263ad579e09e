// Every corpus struct the current compiler and target can build, as one list.
#ifndef MEMLAYOUT_TESTS_CORPUS_TYPES_HPP
#define MEMLAYOUT_TESTS_CORPUS_TYPES_HPP

#include "corpus.hpp"

#include <tuple>

#define MEMLAYOUT_CORPUS_COMMON(X)                                                                                 \
    X(C01_Sample) X(C02_Chars) X(C03_Ints) X(C04_Floats) X(C05_LongDouble) X(C06_Bools) X(C07_Pointers)            \
    X(C08_FunctionPointers) X(C09_Enums) X(C10_StdArrays) X(C11_Nested) X(C12_Deep) X(C13_OverAligned16)            \
    X(C14_OverAligned32) X(C15_CacheLine) X(C16_EmptyMember) X(C17_EmptyFirst) X(C18_Consts) X(C19_SizeTypes)       \
    X(C20_NoPadding) X(C21_TailOnly) X(C22_StructAlignas) X(C23_ArrayOfRecords) X(C24_Nullptr) X(C25_Bytes)         \
    X(C26_MemberPointers) X(C27_UnionMember) X(C29_ShortsAndChars) X(C30_Ordered) X(C31_Reversed)                   \
    X(C32_ManyMembers) X(C33_PairsOfPairs) X(C34_SingleChar) X(C35_SingleDouble) X(C36_EmptyOnly)                    \
    X(C37_DoubleAfterInt) X(C38_LongLong) X(C39_Mixed) X(C40_Matrix) X(C41_CharThenLine) X(C42_Pack2)               \
    X(C43_Packed) X(C44_NestedPacked) X(C46_EmptyArray)

#if defined(__clang__)
#define MEMLAYOUT_CORPUS_VOLATILE(X) X(C28_Volatile)
#else
#define MEMLAYOUT_CORPUS_VOLATILE(X)
#endif
#if defined(__SIZEOF_INT128__)
#define MEMLAYOUT_CORPUS_INT128(X) X(C45_Int128)
#else
#define MEMLAYOUT_CORPUS_INT128(X)
#endif

/// Applies X to every corpus struct.
#define MEMLAYOUT_CORPUS(X) MEMLAYOUT_CORPUS_COMMON(X) MEMLAYOUT_CORPUS_VOLATILE(X) MEMLAYOUT_CORPUS_INT128(X)

template <class First, class... Rest>
struct corpus_drop_first {
    using type = std::tuple<Rest...>;
};
#define MEMLAYOUT_CORPUS_TYPE(T) , T
/// Every corpus struct, as a std::tuple of types.
using corpus_types = corpus_drop_first<void MEMLAYOUT_CORPUS(MEMLAYOUT_CORPUS_TYPE)>::type;
#undef MEMLAYOUT_CORPUS_TYPE

#endif
