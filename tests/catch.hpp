// Catch2 v2 (Debian bookworm's 2.13) and v3 spell their header differently.
#ifndef MEMLAYOUT_TESTS_CATCH_HPP
#define MEMLAYOUT_TESTS_CATCH_HPP
#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_template_test_macros.hpp>
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif
#endif
