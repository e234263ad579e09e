// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_CONFIG_HPP
#define MEMLAYOUT_DETAIL_CONFIG_HPP

// MEMLAYOUT_USE_PFR_NAMES: 1 to read member names with boost::pfr::get_name (Boost.PFR 2.2,
// Boost 1.84 and later, where it is enabled), 0 to read them with memlayout's own code.
// Defaults to 1 where get_name exists; define it to 0 or 1 to choose.
#ifndef MEMLAYOUT_USE_PFR_NAMES
#if __has_include(<boost/pfr/core_name.hpp>) && __has_include(<boost/pfr/config.hpp>)
#include <boost/pfr/config.hpp>
#if defined(BOOST_PFR_CORE_NAME_ENABLED) && BOOST_PFR_CORE_NAME_ENABLED
#define MEMLAYOUT_USE_PFR_NAMES 1
#endif
#endif
#endif
#ifndef MEMLAYOUT_USE_PFR_NAMES
#define MEMLAYOUT_USE_PFR_NAMES 0
#endif

#endif  // MEMLAYOUT_DETAIL_CONFIG_HPP
