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
