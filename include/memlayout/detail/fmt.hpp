// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_FMT_HPP
#define MEMLAYOUT_DETAIL_FMT_HPP

// {fmt} for the printing headers, with a memlayout: error first where it is missing.
#if defined(MEMLAYOUT_FMT_MISSING) && MEMLAYOUT_FMT_MISSING
#error "memlayout: the printing headers (report.hpp, json.hpp, svg.hpp, dump.hpp) need {fmt} 9 or later, which was not found when memlayout was configured; install it (Debian: apt-get install libfmt-dev) and configure memlayout again"
#elif !__has_include(<fmt/format.h>)
#error "memlayout: the printing headers (report.hpp, json.hpp, svg.hpp, dump.hpp) need {fmt} 9 or later (Debian: apt-get install libfmt-dev); with CMake, link memlayout::dump, which brings it"
#else
#include <fmt/format.h>
#if FMT_VERSION < 90000
#error "memlayout: the printing headers need {fmt} 9 or later; this {fmt} is older"
#endif
#endif

#endif  // MEMLAYOUT_DETAIL_FMT_HPP
