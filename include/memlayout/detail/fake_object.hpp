// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP
#define MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP

#include <memlayout/detail/type_name.hpp>

#include <cstddef>
#include <string_view>

namespace memlayout::detail {

// An object of type T that is declared and never defined. memlayout only names it in
// unevaluated operands and takes addresses of its members inside constant expressions
// (for their names), so no definition is ever needed and T need not be constructible.
// Not const: decltype of a binding to a member of a const object would add const to every
// member type.
//
// A variable whose type has no linkage (a type local to a function; for Clang, also one in
// an unnamed namespace) cannot be declared and left undefined; a class template wrapping it
// has linkage. GCC prints the wrapper into every member name's signature, which costs it
// compile time, so with GCC only the types it spells as local ("f()::Local") are wrapped.
template <class T>
struct fake_object_wrapper {
    T value;
};

#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wundefined-var-template"
#pragma clang diagnostic ignored "-Wundefined-internal"
#endif
template <class T>
extern fake_object_wrapper<T> fake_object_storage;
#if !defined(__clang__)
template <class T>
extern T fake_object_plain;
#endif

// Whether GCC spells T as local to a function: "f()::Local". A plain loop, not
// std::string_view::find, which is no constant expression under GCC's UBSan.
constexpr bool spelled_as_local(std::string_view name) noexcept {
    for (std::size_t i = 0; i + 2 < name.size(); ++i)
        if (name[i] == ')' && name[i + 1] == ':' && name[i + 2] == ':') return true;
    return false;
}

template <class T>
constexpr T& fake_object() noexcept {
#if defined(__clang__)
    return fake_object_storage<T>.value;
#else
    if constexpr (spelled_as_local(type_name_v<T>)) return fake_object_storage<T>.value;
    else return fake_object_plain<T>;
#endif
}
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP
