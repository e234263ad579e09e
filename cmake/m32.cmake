# The flags for an i386 build with g++-12-multilib. Debian's gcc-multilib package, which adds
# /usr/include/asm for such builds, conflicts with the ARM cross compilers the test suite
# uses; without it, the host's asm headers (which serve both x86 ABIs) are put on the path.
function(memlayout_m32_flags out)
  set(flags -m32)
  if(NOT EXISTS /usr/include/asm AND EXISTS /usr/include/x86_64-linux-gnu/asm)
    set(dir "${PROJECT_BINARY_DIR}/m32-include")
    file(MAKE_DIRECTORY "${dir}")
    file(CREATE_LINK /usr/include/x86_64-linux-gnu/asm "${dir}/asm" SYMBOLIC)
    list(APPEND flags -isystem "${dir}")
  endif()
  set(${out} "${flags}" PARENT_SCOPE)
endfunction()

# Sets MEMLAYOUT_HAVE_M32 (cached) to whether a program builds and links with those flags.
function(memlayout_check_m32)
  include(CheckCXXSourceCompiles)
  memlayout_m32_flags(flags)
  list(JOIN flags " " CMAKE_REQUIRED_FLAGS)
  set(CMAKE_REQUIRED_LINK_OPTIONS -m32)
  check_cxx_source_compiles("#include <cstdio>\nint main() { std::puts(\"\"); }" MEMLAYOUT_HAVE_M32)
endfunction()
