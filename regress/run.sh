#!/bin/sh
# regress/run.sh - the regression test runner behind `make test`.
#
# Usage (from the repository root):
#   regress/run.sh [-v] [--update] [name-filter]
# Environment:
#   ASM       assembler under test (default ./asm); JWasm-style command line
#             `$ASM -q -win64 -Fo x.obj [ARGS] x.asm`, exit 1 on errors
#   BUILD     scratch directory (default build/regress)
#   CI        when "true", a missing tool is a failure instead of a skip
#   SKIP_RUN  when "1", skip the wine-run tests (regress/run/, samples/)
#
# Test kinds, in the order they run (details in regress/lib/*.sh and the
# README.md of regress/obj, regress/err and regress/run):
#   enc   regress/enc/run.sh, if present: one test, pass = exit 0
#   obj   regress/obj/<area>/<name>.asm + .expect: tool output on the object
#   err   regress/err/<name>.asm with inline `; ERROR A2xxx` markers
#   cli   regress/cli/<name>.sh: one sh script per test, run in a scratch
#         directory with $ASM and $SRC set; pass = exit 0
#   lst   regress/lst/<name>.asm and samples/*.asm assembled with -Fl:
#         listing bytes must equal the object's section bytes
#   run   regress/run/<name>/ and samples/<name>.asm + .expected: link with
#         x86_64-w64-mingw32-gcc and with lld-link, run under wine
#
# A test is selected when its name (e.g. obj/data/dup, err/undef,
# cli/warnings, lst/basic, run/asm_c, samples/hello) contains name-filter.
# The last line printed is `N passed, M failed` (`, K skipped` appended
# when tools are missing).
# Exit status is 1 if any test failed.
#
# The helpers live in regress/lib/*.sh; this file only wires them up.

LC_ALL=C
export LC_ALL

ASM=${ASM:-./asm}
BUILD=${BUILD:-build/regress}
VERBOSE=0
UPDATE=0
FILTER=
while [ $# -gt 0 ]; do
	case $1 in
	-v|--verbose) VERBOSE=1 ;;
	--update) UPDATE=1 ;;
	-h|--help)
		sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'
		exit 0 ;;
	-*) echo "regress/run.sh: unknown option $1" >&2; exit 2 ;;
	*) FILTER=$1 ;;
	esac
	shift
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2

# Absolute paths, because some steps run in other directories.
case $ASM in
/*) ;;
*/*) ASM=$ROOT/$ASM ;;
*) ASM=$(command -v "$ASM" 2>/dev/null || echo "$ASM") ;;
esac
mkdir -p "$BUILD" || exit 2
BUILD=$(cd "$BUILD" && pwd)

. "$ROOT/regress/lib/common.sh"
. "$ROOT/regress/lib/obj.sh"
. "$ROOT/regress/lib/err.sh"
. "$ROOT/regress/lib/cli.sh"
. "$ROOT/regress/lib/lst.sh"
. "$ROOT/regress/lib/run.sh"

if [ ! -x "$ASM" ]; then
	echo "regress/run.sh: assembler '$ASM' not found or not executable" >&2
	echo "0 passed, 1 failed"
	exit 1
fi

run_enc
run_obj_tests
run_err_tests
run_cli_tests
run_lst_tests
run_run_tests

summary
