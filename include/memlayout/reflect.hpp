// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_REFLECT_HPP
#define MEMLAYOUT_REFLECT_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <memlayout/abi.hpp>
#include <memlayout/detail/prediction.hpp>
#include <memlayout/detail/reflection.hpp>
#include <memlayout/detail/refusal_report.hpp>
#include <memlayout/layout.hpp>

#include <type_traits>

namespace memlayout {

/// Satisfied by the types `layout_of` lays out: aggregates (with C arrays, bit-fields,
/// anonymous members, flexible array members), classes described with Boost.Describe, and on
/// Clang 16 classes without bases it walks. Never a hard error: for every complete type it is
/// true or false, and where it is false `layout_of` says why with a `memlayout:` error.
template <class T>
concept reflectable = detail::reflects_cleanly<std::remove_cv_t<T>>;

/// Satisfied when `layout_of<T, Target, Assumed>()` can predict T's layout on Target: T is
/// `reflectable` and every member's layout there is known (see `abi::assume`).
template <class T, class Target, abi::assume Assumed = abi::assume::nothing>
concept predictable = detail::first_refusal_assuming<std::remove_cv_t<T>, Assumed>() == detail::refusal::none &&
                      (std::is_same_v<Target, abi::host> ||
                                         (abi::target<Target> && detail::prediction_refused<std::remove_cv_t<T>, Target, Assumed> ==
                                                                     detail::prediction_refusal::none));

/// The layout of the aggregate T on the host, at compile time: size, alignment and every
/// member's name, type, offset, size and alignment, checked against the compiler.
///
/// \b Example:
/// \code
/// struct Sample { char c; double d; std::int16_t s; int* p; bool b; };
/// constexpr auto L = memlayout::layout_of<Sample>();
/// static_assert(L.size == 40 && L.fields[1].name == "d" && L.fields[1].offset == 8);
/// static_assert(L.padding_bytes() == 20);  // holes 7 + 6, tail 7
/// \endcode
///
/// With a target, the layout T will have there, predicted from T's members and the target's
/// data model (`abi::x86_64`, `abi::i386`, `abi::armhf`, `abi::aarch64`, `abi::win64_mingw`,
/// `abi::win64_msvc`); `abi::host` is the compiler's own layout. What the host build cannot
/// show is refused unless stated in `Assumed` or `assumptions<T>` (see `abi::assume`): on
/// every target but the one the compiler builds for, at least that T has no unnamed bit-field.
/// On that target, the prediction is checked against the compiler's layout.
///
/// \code
/// struct Slice { void* data; long long len, cap; };
/// static_assert(memlayout::layout_of<Slice, memlayout::abi::i386,
///                                    memlayout::abi::assume::natural_alignment |
///                                        memlayout::abi::assume::named_bit_fields>().size == 20);
/// \endcode
template <class T, class Target = abi::host, abi::assume Assumed = abi::assume::nothing>
constexpr layout layout_of() noexcept {
    using U = std::remove_cv_t<T>;
    constexpr detail::refusal why = detail::first_refusal_assuming<U, Assumed>();
    if constexpr (why == detail::refusal::none) {
        if constexpr (std::is_same_v<Target, abi::host>) return detail::record_reflection<U>::value;
        else return detail::predict<U, Target, Assumed>();
    } else {
        detail::report<U, why>();
        return layout{};
    }
}

}  // namespace memlayout

#endif  // MEMLAYOUT_REFLECT_HPP
