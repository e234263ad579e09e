// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_ABI_HPP
#define MEMLAYOUT_ABI_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <concepts>
#include <cstddef>
#include <string_view>

// GCC and Clang define `i386` as a macro when building for i386 in GNU mode (-std=gnu++20);
// the name is kept free here. User code in that mode can write `abi::ia32`.
#pragma push_macro("i386")
#undef i386

/// Targets whose layouts memlayout predicts from one build: `layout_of<T, abi::i386>()`.
namespace memlayout::abi {

/// What a target's C ABI says about the sizes and alignments the layout rules start from.
/// Everything else (placing members in order at multiples of their alignment, rounding the
/// size up) is the same C rule on every target memlayout models.
struct data_model {
    std::string_view name;
    std::size_t pointer_size = 8;       ///< data and function pointers, std::nullptr_t
    std::size_t long_size = 8;          ///< `long` and `unsigned long`
    std::size_t int64_align = 8;        ///< 8-byte integers and `double` inside a struct
    std::size_t long_double_size = 16;  ///< `long double`
    std::size_t long_double_align = 16;
    std::size_t wchar_size = 4;  ///< `wchar_t`
    bool has_int128 = true;      ///< `__int128` exists (16 bytes, 16-aligned)
    bool msvc = false;           ///< Microsoft's C++ ABI (member pointers, enums differ)
    /// Microsoft's bit-field layout (MSVC, and MinGW-w64 GCC's default `-mms-bitfields`): a
    /// bit-field whose type's size differs from the one before starts a new unit. Bit-fields
    /// are predicted only where this is false (the System V psABIs' and ARM's AAPCS rules).
    bool ms_bit_fields = false;
};

/// x86-64 System V (Linux, BSD, macOS): LP64.
struct x86_64 {
    static constexpr data_model model{"x86_64", 8, 8, 8, 16, 16, 4, true, false};
};
/// i386 System V (Linux, `-m32`): ILP32; 8-byte scalars are 4-aligned inside structs,
/// `long double` is 12 bytes, 4-aligned.
struct i386 {
    static constexpr data_model model{"i386", 4, 4, 4, 12, 4, 4, false, false};
};
/// The same as `i386`, for code built in GNU mode for i386, where `i386` is a macro.
using ia32 = i386;
/// AArch32 Linux, EABI hard-float (arm-linux-gnueabihf): ILP32; 8-byte scalars 8-aligned,
/// `long double` is `double`.
struct armhf {
    static constexpr data_model model{"armhf", 4, 4, 8, 8, 8, 4, false, false};
};
/// AArch64 Linux (AAPCS64): LP64, `long double` is IEEE binary128.
struct aarch64 {
    static constexpr data_model model{"aarch64", 8, 8, 8, 16, 16, 4, true, false};
};
/// 64-bit Windows with MinGW-w64 GCC: LLP64 (`long` is 4 bytes), `wchar_t` is 2 bytes,
/// `long double` is x87's 16-byte format.
struct win64_mingw {
    static constexpr data_model model{"win64-mingw", 8, 4, 8, 16, 16, 2, true, false, true};
};
/// 64-bit Windows with MSVC (or clang-cl): LLP64, `wchar_t` is 2 bytes, `long double` is
/// `double`. Member pointers and enums too wide for `int` are refused: their layout
/// depends on MSVC options and inheritance models memlayout cannot see.
struct win64_msvc {
    static constexpr data_model model{"win64-msvc", 8, 4, 8, 8, 8, 2, false, true, true};
};
/// The compiler that builds the program: `layout_of<T, abi::host>()` is `layout_of<T>()`.
struct host {};

/// The data model of the target the compiler at hand builds for, where memlayout models it
/// (`abi::host` where it does not). A prediction for it is checked against the compiler.
#if defined(__x86_64__) && !defined(__ILP32__) && !defined(_WIN32)
using native = x86_64;
#elif defined(__i386__) && !defined(_WIN32)
using native = i386;
#elif defined(__arm__) && defined(__ARM_PCS_VFP) && defined(__linux__)
using native = armhf;
#elif defined(__aarch64__) && defined(__linux__)
using native = aarch64;
#elif defined(_WIN64) && defined(__MINGW64__)
using native = win64_mingw;
#elif defined(_WIN64) && defined(_MSC_VER)
using native = win64_msvc;
#else
using native = host;
#endif

/// The name of the data model the compiler at hand builds for ("x86_64", "i386", ...), or
/// "host" where memlayout models none: the `target` of every layout reflected on the host.
inline constexpr std::string_view native_name = [] {
    if constexpr (requires { native::model; }) return native::model.name;
    else return std::string_view("host");
}();

/// A target memlayout can predict for: it states its data model.
template <class Target>
concept target = requires {
    { Target::model } -> std::convertible_to<data_model>;
};

/// What the host build cannot see, and a prediction for another target must know.
///
/// Typedefs are gone before memlayout sees a member: on x86-64 Linux `std::int64_t`,
/// `std::size_t`, `std::ptrdiff_t` and `long` are all `long`, but on i386 or Windows they
/// differ in size. An `alignas(N)` that changes nothing on the host (N no larger than the
/// alignment the members already give) may change the layout on a target whose members are
/// less aligned. And an unnamed bit-field that changes nothing on the host may change it on
/// any other target. memlayout refuses rather than guess; the user states how the source is
/// written (one integer spelling for the members it covers: where two stated spellings both fit
/// a member and differ on the target, the member is refused):
///
/// \code
/// struct Wire { std::int64_t id; std::uint32_t len; };   // fixed-width types, no alignas
/// constexpr auto L = memlayout::layout_of<Wire, memlayout::abi::i386,
///     memlayout::abi::assume::fixed_width_integers | memlayout::abi::assume::natural_alignment |
///     memlayout::abi::assume::named_bit_fields>();
/// static_assert(L.size == 12);
/// \endcode
enum class assume : unsigned {
    nothing = 0,
    /// A host integer type that is also a `<cstdint>` fixed-width type (`long` is
    /// `std::int64_t` on LP64) was written as that type.
    fixed_width_integers = 1,
    /// A host integer type that is also `std::size_t`, `std::ptrdiff_t` or
    /// `std::(u)intptr_t` was written as one of those.
    pointer_sized_integers = 2,
    /// A host integer type was written as the keyword the compiler names (`long`).
    keyword_integers = 4,
    /// Neither T nor any member carries an `alignas`, `#pragma pack` or `aligned`/`packed`
    /// attribute that the host layout does not show.
    natural_alignment = 8,
    /// Every bit-field of T and of its anonymous members has a name: no `unsigned : 3` or
    /// `: 0`, which moves the bit-fields after it and which no technique shows to a constant
    /// expression. Needed by every prediction for a target other than the one the compiler
    /// builds for, since one that changes nothing on the host can change the target's layout
    /// (on ARM a `: 0` raises the struct's alignment); and on the host, where the compiler
    /// cannot show where bit-fields sit (Clang 16, which shows no bit-field's bits at compile
    /// time; GCC 12 for a type holding a pointer or a union) and the figures it does show
    /// (sizeof, the other members' addresses) would be the same with one there.
    named_bit_fields = 16,
};

[[nodiscard]] constexpr assume operator|(assume a, assume b) noexcept {
    return static_cast<assume>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
[[nodiscard]] constexpr bool has(assume set, assume one) noexcept {
    return (static_cast<unsigned>(set) & static_cast<unsigned>(one)) != 0;
}

}  // namespace memlayout::abi

namespace memlayout {

/// What T's declaration is known to be, where the compiler cannot show it on the host; memlayout
/// refuses rather than guess, and names the statement it needs in its error. Stated once, next
/// to T, for every layout of T (and of a type holding T):
///
/// \code
/// struct Flags { std::uint32_t id; unsigned ready : 1, error : 1; };
/// template <>
/// inline constexpr memlayout::abi::assume memlayout::assumptions<Flags> = memlayout::abi::assume::named_bit_fields;
/// \endcode
template <class T>
inline constexpr abi::assume assumptions = abi::assume::nothing;

}  // namespace memlayout

#pragma pop_macro("i386")

#endif  // MEMLAYOUT_ABI_HPP
