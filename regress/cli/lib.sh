# regress/cli/lib.sh - helpers for the command-line tests in this
# directory (not a test itself).  A test starts with
#     . "$SRC/regress/cli/lib.sh"
# and runs in an empty scratch directory; see regress/lib/cli.sh.

set -u

# cli_fail MESSAGE: report and stop; the runner shows the first FAIL: line.
cli_fail() {
	echo "FAIL: $*"
	exit 1
}

# cli_skip REASON: the test did not run; counted and printed as skipped.
cli_skip() {
	echo "SKIP: $*"
	exit 77
}

# run_asm ARGS...: run $ASM, output in out.txt, status in $RC.
run_asm() {
	echo "+ asm $*" >>cmds.txt
	"$ASM" "$@" >out.txt 2>&1
	RC=$?
	cat out.txt >>cmds.txt
	return 0
}

# expect_rc N ARGS...: run $ASM and require exit status N.
expect_rc() {
	_want=$1
	shift
	run_asm "$@"
	if [ "$RC" -ne "$_want" ]; then
		cat out.txt
		cli_fail "asm $* exited $RC, expected $_want"
	fi
}

# expect_fail ARGS...: run $ASM and require a non-zero exit status.
expect_fail() {
	run_asm "$@"
	if [ "$RC" -eq 0 ]; then
		cat out.txt
		cli_fail "asm $* exited 0, expected failure"
	fi
}

# must_exist FILE... / must_not_exist FILE...
must_exist() {
	for _f in "$@"; do
		[ -f "$_f" ] || { ls -la; cli_fail "$_f was not written"; }
	done
}
must_not_exist() {
	for _f in "$@"; do
		[ ! -e "$_f" ] || { ls -la; cli_fail "$_f exists but must not"; }
	done
}

# same FILE1 FILE2: byte-identical.
same() {
	cmp "$1" "$2" || cli_fail "$1 and $2 differ"
}

# out_has REGEX / out_lacks REGEX: grep -E on the last run's output.
out_has() {
	grep -Eq -- "$1" out.txt || { cat out.txt; cli_fail "output lacks /$1/"; }
}
out_lacks() {
	if grep -Eq -- "$1" out.txt; then
		cat out.txt
		cli_fail "output has /$1/"
	fi
}
out_empty() {
	[ ! -s out.txt ] || { cat out.txt; cli_fail "output not empty"; }
}

# Small sources.  ok.asm assembles cleanly; bad.asm has three errors;
# warn.asm draws exactly one warning (A4902, .MODEL is ignored in x64).
write_ok() {
	cat >"${1:-ok.asm}" <<'ASM'
.data
val     DD 12345678h
.code
start PROC
        mov     eax, val
        ret
start ENDP
END
ASM
}

write_bad() {
	cat >"${1:-bad.asm}" <<'ASM'
.code
        mov     eax, nosuch1
        mov     eax, nosuch2
        mov     eax, nosuch3
END
ASM
}

write_warn() {
	cat >"${1:-warn.asm}" <<'ASM'
.MODEL flat
.code
        nop
END
ASM
}

# stale FILE: an old object that a failing run must remove.
stale() {
	echo "stale object from an earlier run" >"$1"
}

# need_tool TOOL...: skip the test (cli_skip) unless every tool exists;
# under CI=true a missing tool is a failure.
need_tool() {
	for _t in "$@"; do
		command -v "$_t" >/dev/null 2>&1 && continue
		[ "${CI:-}" = true ] && cli_fail "missing tool $_t"
		cli_skip "missing tool $_t"
	done
}

# expect_rc_within LIMIT N ARGS...: expect_rc N ARGS... with $ASM under
# `ulimit LIMIT` ("-v KB" of address space, "-t S" seconds of CPU time).
# The sanitizer build runs without the limit: its shadow memory needs more
# address space, and it is several times slower.
expect_rc_within() {
	_lim=$1
	_want=$2
	shift 2
	case $ASM in
	*build-san/*) _lim= ;;
	esac
	echo "+ (ulimit ${_lim:-none}) asm $*" >>cmds.txt
	(if [ -n "$_lim" ]; then ulimit $_lim; fi; exec "$ASM" "$@") >out.txt 2>&1
	RC=$?
	if [ "$RC" -ne "$_want" ]; then
		head -n 20 out.txt
		cli_fail "asm $* exited $RC under ulimit ${_lim:-none}, expected $_want"
	fi
}

# expect_sec_size OBJ SECTION HEX: section SECTION (its whole name) of OBJ
# has HEX bytes, as objdump -h prints the size (8 hex digits).
expect_sec_size() {
	command -v objdump >/dev/null || cli_fail "objdump missing"
	_size=$(objdump -h "$1" | awk -v s="$2" '$2 == s {print $3}')
	[ "$_size" = "$3" ] || cli_fail "$1: $2 is ${_size:-missing} bytes, expected $3"
}

# expect_sec_bytes OBJ SECTION BYTES: objdump -s shows SECTION of OBJ
# starting with BYTES, grouped as objdump prints them ("07 " for a lone
# byte, "90010000 90010000").
expect_sec_bytes() {
	command -v objdump >/dev/null || cli_fail "objdump missing"
	objdump -s -j "$2" "$1" | grep -q "^ 0* $3" || cli_fail "$1: $2 does not start with $3"
}
