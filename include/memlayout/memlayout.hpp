// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
//
// memlayout: how data sits in memory, at compile time. This umbrella includes the core: the
// layout value, layout_of, the target data models, contracts and reorder advice; it needs
// Boost and the standard library only, and does nothing at run time. Contracts frozen as text
// (snapshot.hpp: a std::string, whose header costs a translation unit a quarter as much as
// this one), printing (report.hpp, json.hpp, svg.hpp, dump.hpp; {fmt}), where bytes live
// (region.hpp), Go's runtime headers (go.hpp), cgo's types (cgo.hpp) and the Catch2 matchers
// (catch2.hpp) are headers of their own, so that a build pays only for what it includes.
#ifndef MEMLAYOUT_MEMLAYOUT_HPP
#define MEMLAYOUT_MEMLAYOUT_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <memlayout/abi.hpp>
#include <memlayout/contract.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>
#include <memlayout/reorder.hpp>

#endif  // MEMLAYOUT_MEMLAYOUT_HPP
