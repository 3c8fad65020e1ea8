#!/bin/sh
# cmake/test-example.sh GENERATOR ASM WORKDIR: configure and build this
# example with asm as ASM_MASM, run it under wine, touch one INCLUDE file
# and check that exactly the object including it is rebuilt.  Used by
# regress/cli/cmake_make.sh and cmake_ninja.sh; exit 0 = pass, 77 = a
# tool is missing (skipped), 1 = fail (the reason on a FAIL: line).
gen=$1 asm=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*"; exit 1; }
for t in cmake x86_64-w64-mingw32-gcc wine; do
	command -v "$t" >/dev/null 2>&1 || { echo "SKIP: $t missing (CI installs cmake ninja-build)"; exit 77; }
done
[ "$gen" != Ninja ] || command -v ninja >/dev/null 2>&1 ||
	{ echo "SKIP: ninja missing (CI installs ninja-build)"; exit 77; }
[ "$gen" != "Unix Makefiles" ] || command -v make >/dev/null 2>&1 ||
	{ echo "SKIP: make missing"; exit 77; }
mkdir -p "$work" || exit 1
# a copy, so that touching an include never changes the repository
cp -R "$here/." "$work/src" || exit 1
cmake -S "$work/src" -B "$work/b" -G "$gen" \
	-DCMAKE_TOOLCHAIN_FILE="$work/src/mingw-w64-asm.cmake" \
	-DCMAKE_ASM_MASM_COMPILER="$asm" >"$work/configure.log" 2>&1 ||
	{ cat "$work/configure.log"; fail "cmake -G '$gen' failed"; }
# the asm command lines of one build, as "sum scale" etc.
built() {
	cmake --build "$work/b" -v >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build failed"; }
	grep -- ' -Fo ' "$work/build.log" | sed 's/.* -Fo [^ ]*\/\([a-z]*\)\.asm\.obj .*/\1/' | sort | tr '\n' ' '
}
got=$(built)
[ "$got" = "scale sum " ] || fail "first build assembled '$got'"
# under regress/run.sh the suite's wine prefix ($BUILD/wineprefix, two
# levels above the test's directory); created here if this runs first
if [ -z "${WINEPREFIX:-}" ] && [ -d "$work/../../../cli" ]; then
	WINEPREFIX=$(cd "$work/../../.." && pwd)/wineprefix
	export WINEPREFIX
fi
if [ "${SKIP_RUN:-}" != 1 ] && [ -n "${WINEPREFIX:-}" ] && [ ! -f "$WINEPREFIX/system.reg" ]; then
	echo "note: creating wine prefix $WINEPREFIX"
	WINEDEBUG=-all wineboot -i >"$work/wineboot.log" 2>&1
fi
run() {
	[ "${SKIP_RUN:-}" != 1 ] || { echo "sum=$1 scale=42"; return; } # sanitizer pass
	(cd "$work/b" && WINEDEBUG=-all wine ./example.exe 2>&1 | tr -d '\r')
}
out=$(run 10)
[ "$out" = "sum=10 scale=42" ] || fail "example.exe printed '$out'"
got=$(built)
[ "$got" = "" ] || fail "an up-to-date build assembled '$got'"
sleep 1
touch "$work/src/inc/scale.inc"
got=$(built)
[ "$got" = "scale " ] || fail "after touching inc/scale.inc the build assembled '$got'"
sleep 1
# a changed value must reach the program
sed 's/SUM_BIAS EQU 0/SUM_BIAS EQU 100/' "$work/src/inc/sum.inc" >"$work/t" && mv "$work/t" "$work/src/inc/sum.inc"
got=$(built)
[ "$got" = "sum " ] || fail "after changing inc/sum.inc the build assembled '$got'"
out=$(run 110)
[ "$out" = "sum=110 scale=42" ] || fail "after the rebuild example.exe printed '$out'"
echo "ok: $gen"
