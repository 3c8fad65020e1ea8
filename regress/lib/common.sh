# regress/lib/common.sh - counters, reporting and tool checks shared by the
# test kinds of regress/run.sh.  Sourced, not run; POSIX sh.

NPASS=0
NFAIL=0
NSKIP=0
MISSING_REPORTED=

# selected NAME: true if NAME matches the command-line filter.
selected() {
	case $1 in
	*"$FILTER"*) return 0 ;;
	esac
	return 1
}

pass() {
	NPASS=$((NPASS + 1))
	[ "$VERBOSE" = 1 ] && echo "PASS $1"
	return 0
}

# fail NAME REASON [DETAIL-FILE]: one line per failure; with -v the detail
# file (a diff, a log) follows, indented.
fail() {
	NFAIL=$((NFAIL + 1))
	echo "FAIL $1: $2"
	if [ "$VERBOSE" = 1 ] && [ -n "${3:-}" ] && [ -s "$3" ]; then
		head -n 60 "$3" | sed 's/^/    /'
	fi
	return 0
}

# skip NAME REASON: counted in the summary and always printed.
skip() {
	NSKIP=$((NSKIP + 1))
	echo "SKIP $1: $2"
	return 0
}

# need_tools NAME TOOL...: true if every tool exists.  Otherwise the test
# fails (CI=true) or is skipped, and the missing tool is named once.
need_tools() {
	_nt_name=$1
	shift
	_nt_missing=
	for _nt_t in "$@"; do
		command -v "$_nt_t" >/dev/null 2>&1 || _nt_missing="$_nt_missing $_nt_t"
	done
	[ -z "$_nt_missing" ] && return 0
	if [ "${CI:-}" = true ]; then
		fail "$_nt_name" "missing tool:$_nt_missing"
	else
		case " $MISSING_REPORTED " in
		*" $_nt_missing "*) ;;
		*)
			echo "note: missing tool:$_nt_missing (tests that need it are skipped)"
			MISSING_REPORTED="$MISSING_REPORTED $_nt_missing"
			;;
		esac
		skip "$_nt_name" "missing tool:$_nt_missing"
	fi
	return 1
}

# header_value FILE KEY: the text after `; KEY:` on the first such line.
header_value() {
	sed -n "s/^[[:space:]]*;[[:space:]]*$2:[[:space:]]*//p" "$1" | head -n 1
}

# assemble SRC OBJ [ARGS...]: run $ASM with the JWasm-style command line.
# Output goes to OBJ with .log for .obj; returns $ASM's exit status.
assemble() {
	_as_src=$1
	_as_obj=$2
	shift 2
	"$ASM" -q -win64 -Fo "$_as_obj" "$@" "$_as_src" >"${_as_obj%.obj}.log" 2>&1
}

summary() {
	if [ "$NSKIP" -gt 0 ]; then
		echo "$NPASS passed, $NFAIL failed, $NSKIP skipped"
	else
		echo "$NPASS passed, $NFAIL failed"
	fi
	[ "$NFAIL" -eq 0 ]
}

# run_enc: regress/enc/run.sh is owned by the encoder tests; it counts as
# one test here and its own summary line is echoed.
# run_enc_with NAME DRIVER: one differential encoding run (see enc/run.sh).
run_enc_with() {
	mkdir -p "$BUILD/$1"
	regress/enc/run.sh "$2" "$BUILD/$1" >"$BUILD/$1.log" 2>&1
	_re_rc=$?
	# prefixed, so that only our own last line reads "N passed, M failed"
	echo "$1: $(tail -n 1 "$BUILD/$1.log")"
	if [ "$_re_rc" -eq 0 ]; then
		pass "$1"
	else
		fail "$1" "regress/enc/run.sh exited $_re_rc (log: $BUILD/$1.log)" "$BUILD/$1.log"
	fi
}

# Every table form through the assembler itself; the encoder driver
# (build/enctest) adds the negative cases the assembler reports as errors.
# A missing or non-executable regress/enc/run.sh fails (it is never
# dropped silently); a missing build/enctest is a printed skip.
run_enc() {
	selected enc || return 0
	if [ ! -f regress/enc/run.sh ] || [ ! -x regress/enc/run.sh ]; then
		fail enc "regress/enc/run.sh missing or not executable"
		return 0
	fi
	run_enc_with enc "$ASM"
	if [ -x "${ENCTEST:-build/enctest}" ]; then
		run_enc_with enc-driver "${ENCTEST:-build/enctest}"
	else
		skip enc-driver "${ENCTEST:-build/enctest} not built (make build/enctest)"
	fi
}
