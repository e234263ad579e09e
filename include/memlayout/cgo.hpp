// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_CGO_HPP
#define MEMLAYOUT_CGO_HPP

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

/// The Go architecture of the compiler building this program, where memlayout models it.
#if defined(__x86_64__) && !defined(__ILP32__)
using host_arch = go::amd64;
#elif defined(__aarch64__)
using host_arch = go::arm64;
#elif defined(__i386__)
using host_arch = go::x86_32;
#elif defined(__arm__)
using host_arch = go::arm;
#else
#define MEMLAYOUT_CGO_NO_HOST_ARCH 1
#endif

#ifndef MEMLAYOUT_CGO_NO_HOST_ARCH
static_assert(same_layout(layout_of<GoString>(), go::layout_of<go::string, host_arch>()),
              "memlayout: cgo::GoString does not match Go's string header on this architecture");
static_assert(same_layout(layout_of<GoSlice>(), go::layout_of<go::slice, host_arch>()),
              "memlayout: cgo::GoSlice does not match Go's slice header on this architecture");
static_assert(same_layout(layout_of<GoInterface>(), go::layout_of<go::eface, host_arch>()) &&
                  same_layout(layout_of<GoInterface>(), go::layout_of<go::iface, host_arch>()),
              "memlayout: cgo::GoInterface does not match Go's interface headers on this architecture");
#endif

}  // namespace memlayout::cgo

#pragma pop_macro("i386")

#endif  // MEMLAYOUT_CGO_HPP
