#!/bin/sh
# regress/exe_wine.sh - the Windows build against the native one.
#
# Usage (from the repository root, after `make`):
#   regress/exe_wine.sh ASM_EXE [name-filter]
# ASM_EXE is asm.exe built by MinGW (README: "Windows build"); it runs
# under wine.  Every source of regress/obj, regress/lst, regress/err and
# samples/ is assembled by ./asm and by ASM_EXE with the same command line
# (the test's `; ARGS:`, a listing with -Sg for lst and samples), from
# sibling scratch directories, so every path is the same relative path.
# The exit status, the printed messages (CR LF read as LF), the object and
# the listing must be byte-identical.  The last line is
#   exe: N sources, M differ
# and the exit status is 1 if any differs (2 if a tool is missing).

LC_ALL=C
export LC_ALL
set -u
EXE=${1:?usage: regress/exe_wine.sh ASM_EXE [name-filter]}
FILTER=${2:-}
NATIVE=${NATIVE:-./asm}
OUT=${BUILD:-build}/exe_wine
WINE=${WINE:-wine}
command -v "$WINE" >/dev/null 2>&1 || { echo "exe: missing tool $WINE"; exit 2; }
[ -f "$EXE" ] || { echo "exe: $EXE not found"; exit 2; }
[ -x "$NATIVE" ] || { echo "exe: $NATIVE not found (run make)"; exit 2; }
case $EXE in /*) ;; *) EXE=$(pwd)/$EXE ;; esac
case $NATIVE in /*) ;; *) NATIVE=$(pwd)/$NATIVE ;; esac
WINEDEBUG=-all
export WINEDEBUG
# listings carry the date and time in their page heads: both runs must see
# the same clock, or a run straddling a second boundary differs
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
rm -rf "$OUT"
mkdir -p "$OUT/native" "$OUT/exe" || exit 2

n=0
bad=0
# one SRC KIND: run both, compare everything they wrote
one() {
	_src=$1
	case $_src in *"$FILTER"*) ;; *) return 0 ;; esac
	_b=$(echo "$_src" | tr '/.' '__')
	_args=$(sed -n '1,5s/^;[[:space:]]*ARGS:[[:space:]]*//p' "$_src" | head -n 1)
	case $2 in
	lst) _args="$_args -Sg -Fl $_b.lst" ;;
	esac
	n=$((n + 1))
	# shellcheck disable=SC2086 # ARGS are split on purpose
	(cd "$OUT/native" && "$NATIVE" -q -win64 -Fo "$_b.obj" $_args "../../../$_src" >"$_b.out" 2>&1; echo $? >"$_b.rc")
	# shellcheck disable=SC2086
	(cd "$OUT/exe" && "$WINE" "$EXE" -q -win64 -Fo "$_b.obj" $_args "../../../$_src" >"$_b.raw" 2>&1; echo $? >"$_b.rc"
	 tr -d '\r' <"$_b.raw" >"$_b.out")
	for _f in "$_b.rc" "$_b.out" "$_b.obj" "$_b.lst"; do
		[ -e "$OUT/native/$_f" ] || [ -e "$OUT/exe/$_f" ] || continue
		if ! cmp -s "$OUT/native/$_f" "$OUT/exe/$_f"; then
			bad=$((bad + 1))
			echo "DIFFER $_src: $_f (native and exe in $OUT/)"
			return 0
		fi
	done
}

for s in regress/obj/*/*.asm; do one "$s" obj; done
for s in regress/lst/*.asm samples/*.asm; do one "$s" lst; done
for s in regress/err/*.asm; do one "$s" err; done
echo "exe: $n sources, $bad differ"
[ "$n" -gt 0 ] && [ "$bad" -eq 0 ]
