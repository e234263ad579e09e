// Catch2 v2 has no Catch2WithMain target; v3 builds link that instead of this file.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
