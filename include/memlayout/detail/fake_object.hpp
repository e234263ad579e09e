// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP
#define MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP

// A user's -pedantic must not warn here about T's C extensions (a flexible array member held
// in fake_holder).
#pragma GCC system_header

#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/detail/type_name.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace memlayout::detail {

// An object of type T that is declared and never defined, laid over an array of its bytes.
// memlayout only names it in unevaluated operands and takes addresses inside constant
// expressions, so no definition is ever needed and T need not be constructible:
// - the addresses of its members name them (a function signature instantiated with them);
// - comparing a member's address with the address of each byte of the overlay gives the
//   member's offset: the compiler's own answer, where no rule has to be modelled (both
//   pointers point into the same complete object, so the comparison is a constant).
// Not const: decltype of a binding to a member of a const object would add const to every
// member type.
// T is held in a struct: GCC 12 stops with an internal error on a union member whose type has
// a flexible array member; a struct member of that type is accepted by both compilers.
template <class T>
struct fake_holder {
    T value;
};
template <class T>
union fake_overlay {
    fake_holder<T> held;
    unsigned char bytes[sizeof(T)];
};

#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wundefined-var-template"
#pragma clang diagnostic ignored "-Wundefined-internal"
#endif
// A class template wrapping the object has linkage even where T has none (a type local to a
// function, or in an unnamed namespace), so the never-defined declaration is valid for all T.
template <class T>
extern fake_overlay<T> fake_object_storage;

template <class T>
constexpr T& fake_object() noexcept {
    return fake_object_storage<T>.held.value;
}

// The offsets in fake_object<T>() of the bytes n members' addresses point to, each found by
// comparing its address with the address of each byte: first where the C rules would put it
// after the members found before it (their end, rounded up to aligns[i], capped at `packing`
// by capped_alignment), then every byte in order; sizeof(T) where it is none of them (the end
// of T: a flexible array member, or an empty member placed last). Where `skip[i]` (a bit-field,
// which has no address), out[i] is left as it is. All at once, with no call in the loop: every
// call in a constant evaluation costs its own steps. True where every member was where the
// rules put it.
template <class T>
constexpr bool offsets_in_fake_object(const address* at, const std::size_t* sizes, const std::size_t* aligns,
                                      std::size_t packing, const bool* skip, std::size_t n,
                                      std::size_t* out) noexcept {
    const unsigned char* bytes = fake_object_storage<T>.bytes;
    std::size_t end = 0;  // of the members found so far
    bool as_ruled = true;
    for (std::size_t i = 0; i < n; ++i) {
        if (skip[i]) continue;
        const volatile void* pointer = at[i].pointer;
        std::size_t k = round_up(end, capped_alignment(aligns[i], packing));
        if (k >= sizeof(T) || pointer != static_cast<const volatile void*>(bytes + k)) {
            as_ruled = false;
            k = 0;
            while (k < sizeof(T) && pointer != static_cast<const volatile void*>(bytes + k)) ++k;
        }
        out[i] = k;
        if (k + sizes[i] > end) end = k + sizes[i];
    }
    return as_ruled;
}
// One address's offset, found so.
template <class T>
constexpr std::size_t offset_in_fake_object(const volatile void* pointer) noexcept {
    const address at{pointer};
    const std::size_t size = 0;
    const std::size_t align = 1;
    // A flag, not null: under -fsanitize=null, GCC 12 cannot compare a pointer with null in a
    // constant expression.
    const bool skip = false;
    std::size_t offset = 0;
    offsets_in_fake_object<T>(&at, &size, &align, 0, &skip, 1, &offset);
    return offset;
}
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

// T inside the never-defined object of Host: T itself, or, for an abstract T (of which no
// object can be declared), the T subobject of a concrete class derived from it. A C-style cast
// is the one conversion to a base that ignores access, so private and protected bases are
// reached too; to a reference, which is never null, so that no null check (which
// -fsanitize=null makes no constant) is made.
template <class T, class Host>
constexpr T& object_in() noexcept {
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#endif
    return (T&)fake_object<Host>();
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
}
// The offset of the byte `address` points to from the start of T, in Host's object.
template <class T, class Host>
constexpr std::size_t offset_in(const volatile void* address) noexcept {
    if constexpr (std::is_same_v<T, Host>) {
        return offset_in_fake_object<Host>(address);
    } else {
        constexpr std::size_t origin = offset_in_fake_object<Host>(__builtin_addressof(object_in<T, Host>()));
        return offset_in_fake_object<Host>(address) - origin;
    }
}
}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP
