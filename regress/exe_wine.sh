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
#   exe: N sources, M differ, U unstable
# A source whose exe run differs is shown (diff) and run once more: M counts
# those that differ again, U those whose second run was equal.
# The exit status is 1 if M > 0 (2 if a tool is missing).

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
unstable=0
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
	run_exe "$_b" "$_args" "$_src"
	_f=$(first_difference "$_b") || return 0
	# a difference is shown, then the exe runs once more: the same
	# difference again fails; a rerun equal to the native run is printed
	# as UNSTABLE (wine itself, or a nondeterministic asm.exe: read the diff)
	show_difference "$_b" "$_f"
	mkdir -p "$OUT/first" && cp "$OUT/exe/$_b".* "$OUT/first/" 2>/dev/null
	rm -f "$OUT/exe/$_b".*
	run_exe "$_b" "$_args" "$_src"
	if _f=$(first_difference "$_b"); then
		bad=$((bad + 1))
		echo "DIFFER $_src: $_f (native and exe in $OUT/)"
	else
		unstable=$((unstable + 1))
		echo "UNSTABLE $_src: the first exe run differed (kept in $OUT/first/), the second did not"
	fi
}

# one BASE ARGS SRC: the exe under wine, from its scratch directory
run_exe() {
	# shellcheck disable=SC2086
	(cd "$OUT/exe" && "$WINE" "$EXE" -q -win64 -Fo "$1.obj" $2 "../../../$3" >"$1.raw" 2>&1; echo $? >"$1.rc"
	 tr -d '\r' <"$1.raw" >"$1.out")
}

# prints the first of BASE's files that differ; false when none does
first_difference() {
	for _g in "$1.rc" "$1.out" "$1.obj" "$1.lst"; do
		[ -e "$OUT/native/$_g" ] || [ -e "$OUT/exe/$_g" ] || continue
		cmp -s "$OUT/native/$_g" "$OUT/exe/$_g" || { echo "$_g"; return 0; }
	done
	return 1
}

show_difference() {
	case $2 in
	*.obj) cmp "$OUT/native/$2" "$OUT/exe/$2" 2>&1 | head -n 3 ;;
	*) diff "$OUT/native/$2" "$OUT/exe/$2" 2>&1 | head -n 12 ;;
	esac | sed 's/^/    /'
}

for s in regress/obj/*/*.asm; do one "$s" obj; done
for s in regress/lst/*.asm samples/*.asm; do one "$s" lst; done
for s in regress/err/*.asm; do one "$s" err; done
echo "exe: $n sources, $bad differ, $unstable unstable"
[ "$n" -gt 0 ] && [ "$bad" -eq 0 ]
