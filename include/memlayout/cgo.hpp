// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_CGO_HPP
#define MEMLAYOUT_CGO_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <memlayout/contract.hpp>
#include <memlayout/go.hpp>
#include <memlayout/reflect.hpp>

#include <cstddef>
#include <type_traits>

#pragma push_macro("i386")
#undef i386

/// The C types of cgo's export header (`_cgo_export.h`, `go build -buildmode=c-shared`) as
/// C++ structs, each checked at compile time against memlayout's model of the Go runtime
/// header it mirrors, for the architecture this program is built for.
namespace memlayout::cgo {

/// Go's `int`: as wide as a pointer (cgo: `typedef GoInt64 GoInt;` on 64-bit targets).
using GoInt = std::conditional_t<sizeof(void*) == 8, long long, int>;
using GoUint = std::make_unsigned_t<GoInt>;

/// A Go string: runtime.stringStruct (cgo: `_GoString_`, with `p` and `n`).
struct GoString {
    const char* p;
    std::ptrdiff_t n;
};

/// A Go slice: runtime.slice (cgo: `GoSlice`).
struct GoSlice {
    void* data;
    GoInt len;
    GoInt cap;
};

/// A Go interface value: runtime.iface or runtime.eface (cgo: `GoInterface`).
struct GoInterface {
    void* t;
    void* v;
};

/// The Go architecture of the compiler building this program (see go::native).
using host_arch = go::native;

namespace detail {
template <class Arch, class GoType, class CType>
constexpr bool mirrors() noexcept {
    if constexpr (std::is_void_v<Arch>) return true;  // no Go model for this architecture
    else return same_layout(layout_of<CType>(), go::layout_of<GoType, Arch>());
}
}  // namespace detail

static_assert(detail::mirrors<host_arch, go::string, GoString>(),
              "memlayout: cgo::GoString does not match Go's string header on this architecture");
static_assert(detail::mirrors<host_arch, go::slice, GoSlice>(),
              "memlayout: cgo::GoSlice does not match Go's slice header on this architecture");
static_assert(detail::mirrors<host_arch, go::eface, GoInterface>() && detail::mirrors<host_arch, go::iface, GoInterface>(),
              "memlayout: cgo::GoInterface does not match Go's interface headers on this architecture");

}  // namespace memlayout::cgo

#pragma pop_macro("i386")

#endif  // MEMLAYOUT_CGO_HPP
