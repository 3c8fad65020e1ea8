# regress/lib/err.sh - diagnostic tests: regress/err/<name>.asm.
# Sourced by regress/run.sh; POSIX sh.
#
# A line of the source that must draw a diagnostic carries a marker in its
# comment, in ml64's numbering:
#     mov eax, nosuch        ; ERROR A2006
#     foo DB 1               ; WARNING A4xxx
#     mov eax, x4            ; FATAL A1012   (fatal error A1012, e.g. -e N)
# (several markers on one line are allowed).  The test passes when:
#   - each marker has exactly one matching diagnostic, printed as
#     `<name>.asm(LINE) : error A2006:` (or `: warning A4xxx:`), on stdout or
#     stderr, the file name possibly preceded by a directory;
#   - no other error or warning appears (matched case-insensitively, so a
#     misspelt "Error" also counts as unexpected);
#   - the exit status is 1 if any ERROR marker exists, else 0;
#   - with errors, no object exists afterwards, although a stale one was
#     created beforehand (and no <name>.obj.tmp is left); without errors
#     the object exists.
# A first line "; ARGS: -e 3" passes options to the assembler.  With -WX
# (or /WX) among them, warnings are errors: the messages still read
# `warning A4xxx`, but the exit status must be 1 and no object may remain.
# Test names must use only letters, digits, `_` and `-`.

# err_markers FILE: one "LINE kind CODE" per marker, e.g. "12 error A2006".
err_markers() {
	awk '{
		s = $0
		while (match(s, /;[ \t]*(ERROR|WARNING|FATAL)[ \t]+A[0-9]+/)) {
			m = substr(s, RSTART, RLENGTH)
			s = substr(s, RSTART + RLENGTH)
			sub(/^;[ \t]*/, "", m)
			split(m, f, /[ \t]+/)
			print NR, tolower(f[1]), f[2]
		}
	}' "$1"
}

# err_found NAME LOG: one "LINE kind CODE" per diagnostic in LOG that looks
# like an error or warning; unlocated ones get line 0.
err_found() {
	awk -v name="$1" '
	{
		l = tolower($0)
		if (l !~ /(error|warning) a[0-9]+/)
			next
		line = 0
		kind = (l ~ /fatal error a[0-9]/) ? "fatal error" : (l ~ /error a[0-9]/) ? "error" : "warning"
		if (match(l, /(error|warning) a[0-9]+/)) {
			code = toupper(substr(l, RSTART, RLENGTH))
			sub(/.* /, "", code)
		}
		# exact ml64 form: name.asm(LINE) : error A2006:
		pat = "(^|[/\\\\])" name "\\.asm\\([0-9]+\\) : " kind " A[0-9]+:"
		if (match($0, pat)) {
			loc = substr($0, RSTART, RLENGTH)
			sub(/^.*\(/, "", loc)
			sub(/\).*/, "", loc)
			line = loc
			if (kind == "fatal error")
				kind = "fatal"
		} else {
			kind = "malformed-" kind
		}
		print line, kind, code
	}' "$2"
}

err_one() {
	_eo_name=$1 _eo_src=$2
	_eo_b=$(basename "$_eo_src" .asm)
	_eo_dir=$BUILD/err
	_eo_obj=$_eo_dir/$_eo_b.obj
	_eo_log=$_eo_dir/$_eo_b.log
	cp "$_eo_src" "$_eo_dir/$_eo_b.asm"
	rm -f "$_eo_obj.tmp" "$_eo_dir/$_eo_b.err"
	echo "stale object: must be removed by a failing assembly" >"$_eo_obj"
	# a first-line "; ARGS: ..." adds options (word-split on purpose)
	_eo_args=$(sed -n '1s/^;[[:space:]]*ARGS:[[:space:]]*//p' "$_eo_src")
	# shellcheck disable=SC2086
	assemble "$_eo_dir/$_eo_b.asm" "$_eo_obj" $_eo_args
	_eo_rc=$?
	err_markers "$_eo_src" | sort >"$_eo_dir/$_eo_b.want"
	err_found "$_eo_b" "$_eo_log" | sort >"$_eo_dir/$_eo_b.got"
	if [ ! -s "$_eo_dir/$_eo_b.want" ]; then
		fail "$_eo_name" "no '; ERROR A....' or '; WARNING A....' marker"
		return
	fi
	if ! diff "$_eo_dir/$_eo_b.want" "$_eo_dir/$_eo_b.got" >"$_eo_dir/$_eo_b.diff"; then
		# "<" lines: expected, missing; ">" lines: unexpected.
		_eo_why=$(sed -n 's/^< /missing /p; s/^> /unexpected /p' "$_eo_dir/$_eo_b.diff" |
			head -n 3 | tr '\n' ';' | sed 's/;$//; s/;/; /g')
		{ echo "--- assembler output:"; cat "$_eo_log"; } >>"$_eo_dir/$_eo_b.diff"
		fail "$_eo_name" "$_eo_why" "$_eo_dir/$_eo_b.diff"
		return
	fi
	_eo_wx=
	case " $_eo_args " in
	*" -WX "*|*" /WX "*) _eo_wx=1 ;;
	esac
	if grep -q -E ' (error|fatal) ' "$_eo_dir/$_eo_b.want" ||
		{ [ -n "$_eo_wx" ] && grep -q ' warning ' "$_eo_dir/$_eo_b.want"; }; then
		if [ "$_eo_rc" -ne 1 ]; then
			fail "$_eo_name" "exit status $_eo_rc, expected 1" "$_eo_log"
		elif [ -e "$_eo_obj" ]; then
			fail "$_eo_name" "object file left behind after errors"
		elif [ -e "$_eo_obj.tmp" ]; then
			fail "$_eo_name" "temporary object $_eo_b.obj.tmp left behind"
		else
			pass "$_eo_name"
		fi
	else
		if [ "$_eo_rc" -ne 0 ]; then
			fail "$_eo_name" "exit status $_eo_rc with warnings only, expected 0" "$_eo_log"
		elif ! cmp -s "$_eo_obj" /dev/null && grep -q '^stale object' "$_eo_obj"; then
			fail "$_eo_name" "object not rewritten"
		else
			pass "$_eo_name"
		fi
	fi
}

run_err_tests() {
	mkdir -p "$BUILD/err"
	for _src in $(find regress/err -name '*.asm' 2>/dev/null | sort); do
		_name=err/$(basename "$_src" .asm)
		selected "$_name" || continue
		err_one "$_name" "$_src"
	done
}
