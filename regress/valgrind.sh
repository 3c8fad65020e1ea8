#!/bin/sh
# regress/valgrind.sh - run part of the suite with the assembler under
# valgrind memcheck (`make test` runs it): the macro, text and data object
# tests and the macro/text error tests.  ASan and UBSan do not see reads of
# unset heap bytes; memcheck does.  Any memcheck report makes the run exit
# with status 97, which fails the test it belongs to.
# Usage: regress/valgrind.sh [ASM]   (default ./asm)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
ASM_BIN=${1:-./asm}
case $ASM_BIN in /*) ;; *) ASM_BIN=$ROOT/$ASM_BIN ;; esac
if ! command -v valgrind >/dev/null 2>&1; then
	if [ "${CI:-}" = true ]; then
		echo "valgrind: missing tool valgrind"; echo "0 passed, 1 failed"; exit 1
	fi
	echo "valgrind: not installed, memcheck pass skipped"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
BUILD=$ROOT/build/regress-valgrind
mkdir -p "$BUILD"
wrap=$BUILD/asm
cat >"$wrap" <<WRAP
#!/bin/sh
exec valgrind -q --error-exitcode=97 --leak-check=full --errors-for-leak-kinds=definite "$ASM_BIN" "\$@"
WRAP
chmod +x "$wrap"
status=0
for f in obj/macro obj/text obj/data err/macro err/limit_text err/text; do
	printf 'valgrind %s: ' "$f"
	ASM=$wrap BUILD=$BUILD regress/run.sh "$f" >"$BUILD/log" 2>&1 || status=1
	tail -n 1 "$BUILD/log"
	grep '^FAIL' "$BUILD/log"
done
exit $status
