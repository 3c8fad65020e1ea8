# regress/lib/obj.sh - object-file tests: regress/obj/<area>/<name>.asm.
# Sourced by regress/run.sh; POSIX sh.
#
# Header lines in the .asm:
#   ; ARGS: -Zp8            extra assembler options (optional)
#   ; CHECK: objdump -dr -M intel       one or more; each command is run
#                                       on the object (appended as the last
#                                       argument) from the object's directory
# The .expect holds, for each CHECK in order, a line `== <command> ==` and
# the normalized output.  Lines starting with `#` are comments (provenance)
# and are ignored when comparing.
#
# Normalization (obj_normalize): the object is always named <name>.obj and
# the tools run in its directory, so no paths appear; `.text$mn` (ml64) is
# written `.text` (JWasm), since both name the same code section; section
# numbers in `Section (N)` headers, symbol indices after relocation targets
# and timestamps are blanked; JWasm's `$xdatasym` (the label its .pdata
# relocations name) is written `.xdata`, the section symbol we relocate
# against (same address); trailing blanks are removed; runs of one-byte
# NOPs in disassembly are shortened (obj_squeeze_nops); the .file record of
# `llvm-readobj --symbols` keeps only the base name (obj_file_record).
#
# --update rewrites the .expect from an oracle, never from our assembler:
# if <name>.s exists next to the .asm it is assembled with
# x86_64-w64-mingw32-as, otherwise $ASM must be JWasm or ml64; it then
# assembles <name>.jwasm instead of the .asm when that twin exists (the
# source rewritten where we differ from JWasm on purpose).  An .expect
# whose first line is `# oracle: hand` is never rewritten.

# shellcheck disable=SC2016 # $mn is literal
obj_normalize() {
	sed -e 's/\.text\$mn/.text/g' \
	    -e 's/\$xdatasym/.xdata/g' \
	    -e 's/^\([[:space:]]*Section (\)[0-9]*)/\1N)/' \
	    -e 's/\(TimeDateStamp:\).*/\1 X/' \
	    -e 's/^\(    0x[0-9A-F]* IMAGE_REL_[A-Z0-9_]* .*\) ([0-9]*)$/\1/' \
	    -e 's/[[:space:]]*$//' \
	    -e 's/^\(    Name: [^ ]*\) (2F [0-9A-F ]*)$/\1 (\/n)/' \
	    -e 's/^\(    PointerTo[A-Za-z]*:\) .*/\1 X/' |
	obj_ml64_aside |
	obj_file_record |
	obj_squeeze_nops
}

# obj_ml64_aside: what ml64 adds and we do not make: its .debug$S section
# (a `Section {` block of llvm-readobj, a line of objdump -h) and its
# @comp.id / @feat.00 symbols (a `Symbol {` block of llvm-readobj); and the
# .file symbol that we and JWasm write and ml64 does not.
obj_ml64_aside() {
	awk '
	/^  (Section|Symbol) \{$/ { blk = $0 "\n"; inb = 1; skip = 0; next }
	inb {
		blk = blk $0 "\n"
		if ($0 ~ /^    Name: (\.debug\$S|@comp\.id|@feat\.00|\.file)( |$)/) skip = 1
		if ($0 ~ /^  \}$/) { inb = 0; if (!skip) printf "%s", blk }
		next
	}
	/^ *[0-9]+ \.debug\$S / { next }
	/^Contents of section / { dbg = ($0 ~ /\.debug\$S:$/) }
	dbg && /^(Contents of section | [0-9a-f]+ )/ { next }
	/^[0-9a-f]+ a @(comp\.id|feat\.00)$/ { next }
	{ dbg = 0; print }' |
	obj_sort_symbols
}

# obj_sort_symbols: ml64 orders its symbol table differently from JWasm
# and us (not by kind, then definition); `llvm-readobj --symbols` blocks
# are compared sorted by their text, so only the set of symbols counts.
obj_sort_symbols() {
	awk '
	function flush(   i, j, t) {
		for (i = 2; i <= n; i++)
			for (j = i; j > 1 && b[j - 1] > b[j]; j--) { t = b[j]; b[j] = b[j - 1]; b[j - 1] = t }
		for (i = 1; i <= n; i++) printf "%s", b[i]
		n = 0
	}
	/^Symbols \[$/ { print; insyms = 1; next }
	insyms && /^  Symbol \{$/ { cur = $0 "\n"; inb = 1; next }
	inb { cur = cur $0 "\n"; if ($0 ~ /^  \}$/) { b[++n] = cur; inb = 0 }; next }
	insyms && /^\]$/ { flush(); insyms = 0 }
	{ print }
	END { flush() }'
}

# obj_file_record: in `llvm-readobj --symbols` output, the .file record
# holds the source path as the assembler was given it (the runner passes an
# absolute path into $BUILD); JWasm stores it whole, we store the base
# name.  Keep only the base name, and blank the record's AuxSymbolCount,
# which grows with the path's length (18 bytes per aux record).
obj_file_record() {
	awk '
	/^    Name: \.file$/ { infile = 1 }
	infile && /^    AuxSymbolCount: / { sub(/[0-9]+$/, "N") }
	infile && /^      FileName: / { sub(/FileName: .*[\/\\]/, "FileName: "); infile = 0 }
	{ print }'
}

# obj_squeeze_nops: in objdump -d output, a run of more than two one-byte
# NOPs keeps its first and last line with `...` between them; the addresses
# on the lines around it still pin down the run's length.
obj_squeeze_nops() {
	awk '
	function flush() {
		if (n > 0) print first
		if (n > 2) print "\t..."
		if (n > 1) print last
		n = 0
	}
	/^ *[0-9a-f]+:\t90 +\tnop$/ { if (n++ == 0) first = $0; last = $0; next }
	{ flush(); print }
	END { flush() }'
}

# obj_checks ASMFILE OBJ OUT: run every CHECK command on OBJ into OUT.
obj_checks() {
	_oc_dir=$(dirname "$2")
	_oc_base=$(basename "$2")
	: >"$3"
	grep -i '^[[:space:]]*;[[:space:]]*CHECK:' "$1" |
	sed 's/^[[:space:]]*;[[:space:]]*[Cc][Hh][Ee][Cc][Kk]:[[:space:]]*//' |
	while IFS= read -r _oc_cmd; do
		echo "== $_oc_cmd =="
		# shellcheck disable=SC2086 # the command is split on purpose
		(cd "$_oc_dir" && $_oc_cmd "$_oc_base" 2>&1) | obj_normalize
	done >"$3"
}

# obj_tools ASMFILE: the first word of each CHECK command.
obj_tools() {
	grep -i '^[[:space:]]*;[[:space:]]*CHECK:' "$1" |
	sed 's/^[[:space:]]*;[[:space:]]*[Cc][Hh][Ee][Cc][Kk]:[[:space:]]*//' |
	awk '{ print $1 }' | sort -u
}

obj_update() {
	_ou_name=$1 _ou_src=$2 _ou_exp=$3 _ou_obj=$4 _ou_out=$5
	_ou_gas=${6%.asm}.s
	if head -n 1 "$_ou_exp" 2>/dev/null | grep -q '^# oracle: hand'; then
		fail "$_ou_name" "hand-derived expectation, not rewritten: edit $(basename "$_ou_exp") by hand"
		return 0
	fi
	if [ -f "${6%.asm}.jwasm" ]; then
		cp "${6%.asm}.jwasm" "$_ou_src"
	fi
	if [ -f "$_ou_gas" ]; then
		need_tools "$_ou_name" x86_64-w64-mingw32-as || return 0
		if ! x86_64-w64-mingw32-as -o "$_ou_obj" "$_ou_gas" >"${_ou_obj%.obj}.log" 2>&1; then
			fail "$_ou_name" "oracle x86_64-w64-mingw32-as failed on $_ou_gas" "${_ou_obj%.obj}.log"
			return 0
		fi
		_ou_oracle="GNU as: x86_64-w64-mingw32-as $(basename "$_ou_gas") ($(x86_64-w64-mingw32-as --version | head -n 1))"
	else
		case $(basename "$ASM" | tr '[:upper:]' '[:lower:]') in
		jwasm*|ml64*) ;;
		*)
			fail "$_ou_name" "--update needs an independent oracle: ASM=<jwasm or ml64> or a $(basename "$_ou_gas") for GNU as"
			return 0 ;;
		esac
		# shellcheck disable=SC2046 # ARGS are split on purpose
		if ! assemble "$_ou_src" "$_ou_obj" $(header_value "$_ou_src" ARGS); then
			fail "$_ou_name" "oracle $ASM failed" "${_ou_obj%.obj}.log"
			return 0
		fi
		_ou_oracle="$("$ASM" 2>&1 | head -n 1 | sed 's/[[:space:]]*$//') ($(basename "$ASM") -q -win64)"
	fi
	obj_checks "$_ou_src" "$_ou_obj" "$_ou_out"
	{
		echo "# oracle: $_ou_oracle"
		[ -f "$_ou_exp" ] && grep '^#' "$_ou_exp" | grep -v '^# oracle:'
		cat "$_ou_out"
	} >"$_ou_exp.new" && mv "$_ou_exp.new" "$_ou_exp"
	echo "updated $_ou_exp"
	pass "$_ou_name"
}

run_obj_tests() {
	for _src in $(find regress/obj -name '*.asm' 2>/dev/null | sort); do
		_rel=${_src#regress/obj/}
		_name=obj/${_rel%.asm}
		selected "$_name" || continue
		_exp=${_src%.asm}.expect
		_dir=$BUILD/$(dirname "$_name")
		_b=$(basename "$_name")
		mkdir -p "$_dir"
		_obj=$_dir/$_b.obj
		_out=$_dir/$_b.out
		rm -f "$_obj"
		if [ -z "$(obj_tools "$_src")" ]; then
			fail "$_name" "no '; CHECK:' line"
			continue
		fi
		# shellcheck disable=SC2046
		need_tools "$_name" $(obj_tools "$_src") || continue
		# The source is copied so that an assembler writing files
		# beside it (JWasm's .err) leaves the tree clean.
		cp "$_src" "$_dir/$_b.asm"
		if [ "$UPDATE" = 1 ]; then
			obj_update "$_name" "$_dir/$_b.asm" "$_exp" "$_obj" "$_out" "$_src"
			continue
		fi
		if [ ! -f "$_exp" ]; then
			fail "$_name" "no $(basename "$_exp") (make one with an oracle: --update)"
			continue
		fi
		# shellcheck disable=SC2046 # ARGS are split on purpose
		if ! assemble "$_dir/$_b.asm" "$_obj" $(header_value "$_src" ARGS); then
			fail "$_name" "assembler failed (log: ${_obj%.obj}.log)" "${_obj%.obj}.log"
			continue
		fi
		obj_checks "$_src" "$_obj" "$_out"
		grep -v '^#' "$_exp" | obj_normalize >"$_out.expect"
		if diff -u "$_out.expect" "$_out" >"$_out.diff"; then
			pass "$_name"
		else
			fail "$_name" "output differs (diff: $_out.diff)" "$_out.diff"
		fi
	done
}
