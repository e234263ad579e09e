// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_STANDARD_CHECK_HPP
#define MEMLAYOUT_DETAIL_STANDARD_CHECK_HPP

// Every public header includes this one first, so that an earlier standard is the first error,
// not `concept` failing to name a type.
#if !defined(__cplusplus) || (__cplusplus < 202002L && !(defined(_MSVC_LANG) && _MSVC_LANG >= 202002L))
#error "memlayout: needs C++20 or later (-std=c++20; CMake: target_compile_features(app PRIVATE cxx_std_20), which linking memlayout::memlayout does); this translation unit is compiled as an earlier C++"
#endif

#endif  // MEMLAYOUT_DETAIL_STANDARD_CHECK_HPP
