# The CMake example (cmake/) with the Ninja generator: asm as ASM_MASM
# with the MinGW toolchain file, include dependencies from -MD; configure,
# build, run under wine, touch an included file, rebuild exactly the object
# that includes it.  Skipped (counted, printed) without cmake/ninja.
# oracle: CMake's and ninja's rebuild decisions and the program's output
# (1+2+3+4 = 10, 14*3 = 42).
exec sh "$SRC/cmake/test-example.sh" "Ninja" "$ASM" "$PWD/w"
