# regress/lib/cli.sh - command-line tests: regress/cli/<name>.sh.
# Sourced by regress/run.sh; POSIX sh.
#
# Each regress/cli/<name>.sh is one test: a small POSIX sh script run as
#     sh <name>.sh
# from a fresh, empty scratch directory $BUILD/cli/<name>/ (its working
# directory), with these variables exported:
#   ASM   the assembler under test, an absolute path
#   SRC   the repository root, an absolute path (samples/, regress/cli/...)
# Exit status 0 means pass, 77 means skipped (counted and printed with the
# script's first `SKIP:` line as the reason; cli_skip in
# regress/cli/lib.sh).  Anything the script prints goes to
# $BUILD/cli/<name>.log, shown with -v when the test fails; a script
# should print why it failed (cli_fail in regress/cli/lib.sh does that).
# A script runs for at most 60 s when `timeout` exists, or for N s when it
# has a line `# timeout: N` (for tests that start thousands of processes
# and would otherwise fail only because the machine is busy).

run_cli_tests() {
	mkdir -p "$BUILD/cli"
	for _src in $(find regress/cli -name '*.sh' ! -name 'lib.sh' 2>/dev/null | sort); do
		_name=cli/$(basename "$_src" .sh)
		selected "$_name" || continue
		_dir=$BUILD/$_name
		_log=$_dir.log
		rm -rf "$_dir"
		mkdir -p "$_dir"
		_to=
		_secs=$(sed -n 's/^# timeout: \([0-9][0-9]*\)$/\1/p' "$_src" | head -n 1)
		command -v timeout >/dev/null 2>&1 && _to="timeout ${_secs:-60}"
		# shellcheck disable=SC2086 # $_to is empty or two words
		(cd "$_dir" && ASM=$ASM SRC=$ROOT $_to sh "$ROOT/$_src") >"$_log" 2>&1
		_rc=$?
		if [ "$_rc" -eq 0 ]; then
			pass "$_name"
		elif [ "$_rc" -eq 77 ]; then
			_why=$(grep '^SKIP:' "$_log" | head -n 1 | sed 's/^SKIP: *//')
			skip "$_name" "${_why:-exit status 77}"
		else
			_why=$(grep '^FAIL:' "$_log" | head -n 1 | sed 's/^FAIL: *//')
			[ -n "$_why" ] || _why="exit status $_rc"
			fail "$_name" "$_why (log: $_log)" "$_log"
		fi
	done
}
