# Warnings for memlayout's own tests and examples; never set on consumers.
function(memlayout_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()
