// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP
#define MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP

namespace memlayout::detail {

// An object of type T that is declared and never defined. memlayout only names it in
// unevaluated operands and takes addresses of its members inside constant expressions
// (for their names), so no definition is ever needed and T need not be constructible.
// The wrapper gives the variable a type with linkage even when T has none (a type in an
// unnamed namespace or a function): Clang rejects an undefined variable whose own type
// has no linkage. The member is not const: decltype of a binding to a member of a const
// object would add const to every member type.
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
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_FAKE_OBJECT_HPP
