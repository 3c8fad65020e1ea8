# regress/lib/lst.sh - listing tests: regress/lst/<name>.asm and every
# samples/<name>.asm.  Sourced by regress/run.sh; POSIX sh.
#
# Each source is assembled with `-Fl` (plus `; ARGS:` from its header)
# in $BUILD/lst/<name>/.  Then:
#   - without `; ERROR A....` markers: the assembly must succeed and
#     regress/lst/check.sh must accept the listing against the object
#     (every listed byte equals the section byte at its address, every
#     section byte is listed once; it needs GNU objdump);
#   - with markers (the syntax of regress/err): exit status 1, no object,
#     yet the listing is written, and each marker's diagnostic
#     `<name>.asm(LINE) : error A....:` appears in it after the listed
#     source line LINE and before the next source line;
#   - every `; LSTGREP: <ERE>` header line must match some line of the
#     listing, and every `; LSTNOGREP: <ERE>` line must match none.
# There are no listing goldens: expected listing text would need an
# oracle (ml64/JWasm) for our own format.

# lst_markers_ok NAME SRC LST: each marker's message follows its line.
lst_markers_ok() {
	err_markers "$2" | while read -r _lm_line _lm_kind _lm_code; do
		# the source line as listed; the message must come after it,
		# before the next row that starts with an address or blanks
		awk -v want="$_lm_line" -v kind="$_lm_kind" -v code="$_lm_code" \
			-v name="$1" -v src="$2" '
		BEGIN {
			while ((getline l < src) > 0) if (++n == want) text = l
			sub(/[ \t\r]*$/, "", text)
		}
		{ row = $0; sub(/[ \t\r]*$/, "", row) }
		!found && length(text) > 0 && substr(row, length(row) - length(text) + 1) == text { at = NR; next }
		at && !found {
			if ($0 ~ "(^|[/\\\\])" name "\\.asm\\(" want "\\) : " kind " " code ":") { found = 1; next }
			if ($0 ~ /^[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F] / || $0 ~ /^ /) at = 0
		}
		END { exit !found }' "$3" || echo "line $_lm_line: no '$_lm_kind $_lm_code' message after the listed line"
	done
}

lst_one() {
	_lo_name=$1 _lo_src=$2
	_lo_b=$(basename "$_lo_src" .asm)
	_lo_dir=$BUILD/$_lo_name
	rm -rf "$_lo_dir"
	mkdir -p "$_lo_dir"
	cp "$_lo_src" "$_lo_dir/$_lo_b.asm"
	_lo_obj=$_lo_dir/$_lo_b.obj
	_lo_lst=$_lo_dir/$_lo_b.lst
	_lo_log=$_lo_dir/$_lo_b.log
	echo "stale object: must be removed by a failing assembly" >"$_lo_obj"
	# shellcheck disable=SC2046 # ARGS are split on purpose
	assemble "$_lo_dir/$_lo_b.asm" "$_lo_obj" -Fl "$_lo_lst" $(header_value "$_lo_src" ARGS)
	_lo_rc=$?
	if [ ! -f "$_lo_lst" ]; then
		fail "$_lo_name" "no listing written (exit status $_lo_rc)" "$_lo_log"
		return
	fi
	: >"$_lo_dir/problems"
	if [ -n "$(err_markers "$_lo_src" | grep ' error ')" ]; then
		[ "$_lo_rc" -eq 1 ] || echo "exit status $_lo_rc, expected 1" >>"$_lo_dir/problems"
		[ -e "$_lo_obj" ] && echo "object left behind after errors" >>"$_lo_dir/problems"
		lst_markers_ok "$_lo_b" "$_lo_src" "$_lo_lst" >>"$_lo_dir/problems"
	elif [ "$_lo_rc" -ne 0 ]; then
		echo "assembler failed with status $_lo_rc" >>"$_lo_dir/problems"
		cat "$_lo_log" >>"$_lo_dir/problems"
	else
		"$ROOT/regress/lst/check.sh" "$_lo_lst" "$_lo_obj" >>"$_lo_dir/problems" 2>&1
	fi
	grep -i '^[[:space:]]*;[[:space:]]*LSTGREP:' "$_lo_src" |
	sed 's/^[^:]*:[[:space:]]*//' | while IFS= read -r _lo_re; do
		grep -Eq -- "$_lo_re" "$_lo_lst" || echo "no listing line matches /$_lo_re/"
	done >>"$_lo_dir/problems"
	grep -i '^[[:space:]]*;[[:space:]]*LSTNOGREP:' "$_lo_src" |
	sed 's/^[^:]*:[[:space:]]*//' | while IFS= read -r _lo_re; do
		grep -Eq -- "$_lo_re" "$_lo_lst" && echo "a listing line matches /$_lo_re/"
	done >>"$_lo_dir/problems"
	if [ -s "$_lo_dir/problems" ]; then
		fail "$_lo_name" "$(head -n 1 "$_lo_dir/problems") (listing: $_lo_lst)" "$_lo_dir/problems"
	else
		pass "$_lo_name"
	fi
}

run_lst_tests() {
	for _src in $(find regress/lst -name '*.asm' 2>/dev/null | sort) samples/*.asm; do
		[ -f "$_src" ] || continue
		case $_src in
		samples/*) _name=lst/samples/$(basename "$_src" .asm) ;;
		*) _name=lst/$(basename "$_src" .asm) ;;
		esac
		selected "$_name" || continue
		need_tools "$_name" objdump || continue
		lst_one "$_name" "$_src"
	done
}
