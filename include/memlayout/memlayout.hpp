// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
//
// memlayout: how data sits in memory, at compile time. The core needs Boost.PFR and the
// standard library only; printing (dump.hpp), Go's runtime headers (go.hpp) and cgo's types
// (cgo.hpp) live in headers of their own, so that a build pays only for what it includes.
#ifndef MEMLAYOUT_MEMLAYOUT_HPP
#define MEMLAYOUT_MEMLAYOUT_HPP

#include <memlayout/abi.hpp>
#include <memlayout/contract.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>
#include <memlayout/region.hpp>
#include <memlayout/reorder.hpp>
#include <memlayout/snapshot.hpp>

#endif  // MEMLAYOUT_MEMLAYOUT_HPP
