# The CMake example (cmake/) with the Unix Makefiles generator: asm as ASM_MASM
# with the MinGW toolchain file, include dependencies from -MD; configure,
# build, run under wine, touch an included file, rebuild exactly the object
# that includes it.  Skipped (counted, printed) without cmake.
# oracle: CMake's and make's rebuild decisions and the program's output
# (1+2+3+4 = 10, 14*3 = 42).
exec sh "$SRC/cmake/test-example.sh" "Unix Makefiles" "$ASM" "$PWD/w"
