#!/bin/sh
# regress/lst/check.sh - check an -Fl listing against its object file.
#
# Usage: regress/lst/check.sh LISTING OBJECT
#
# Independent of the assembler's code: it reads only the two files, and
# the object only through GNU objdump.  It checks that
#   1. every byte shown in the listing (the hex after the 8-digit address
#      column; an `r` after a relocated field is stripped) equals the byte
#      of the object's section at that address (`objdump -s`), and
#   2. every byte of every section with contents is shown exactly once
#      (nothing is missing from the listing or listed twice),
#   3. at least one byte was checked.
# The section of a line is followed from the source text in the listing,
# with ml64's names: .code -> .text$mn (.code NAME -> NAME), .data -> .data,
# .data? -> .bss, .const -> .rdata, `NAME SEGMENT ... [ALIAS(<'X'>)]`
# -> X or NAME (_TEXT -> .text, _DATA -> .data, CONST -> .rdata,
# _BSS -> .bss), `NAME ENDS` returns to the section before it.  A
# generated row (-Sg) in another section names it (`* .xdata: UNWIND_INFO
# ...`, `* .pdata: RUNTIME_FUNCTION ...`); its byte-only continuation rows
# are in the same section.  Bytes
# listed as `??` (uninitialized) are not compared.  The listing is read up
# to its `Symbols:` table.  Prints one line per problem; exit 1 if any.

LC_ALL=C
export LC_ALL

[ $# -eq 2 ] || { echo "usage: $0 LISTING OBJECT" >&2; exit 2; }
lst=$1
obj=$2
[ -f "$lst" ] || { echo "check.sh: no listing $lst"; exit 1; }
[ -f "$obj" ] || { echo "check.sh: no object $obj"; exit 1; }

tmp=${TMPDIR:-/tmp}/lstcheck.$$
trap 'rm -f "$tmp".*' EXIT INT TERM

# Section contents as "SECTION OFFSET BYTEHEX" lines, one byte each.
# objdump -s rows: " 0010 33c9e800 000000   3......": the offset, then
# the hex area of 4 groups of 8 digits (35 columns), then the ASCII.
if ! objdump -s "$obj" >"$tmp.dump" 2>"$tmp.err"; then
	echo "check.sh: objdump -s failed on $obj: $(head -n 1 "$tmp.err")"
	exit 1
fi
awk '
/^Contents of section / {
	sec = $0
	sub(/^Contents of section /, "", sec)
	sub(/:$/, "", sec)
	next
}
sec != "" && /^ [0-9a-f]+ / {
	off = $1
	rest = substr($0, length(off) + 3, 35)
	gsub(/ /, "", rest)
	o = 0
	for (i = 1; i <= length(off); i++)
		o = o * 16 + index("0123456789abcdef", substr(off, i, 1)) - 1
	for (i = 1; i + 1 <= length(rest); i += 2)
		print sec, o + (i - 1) / 2, toupper(substr(rest, i, 2))
}' "$tmp.dump" >"$tmp.obj"

# Listing bytes as "SECTION OFFSET BYTEHEX LINENO" lines.
awk -v lst="$lst" '
function hexval(s,   i, v) {
	v = 0
	s = toupper(s)
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1
	return v
}
function segname(n,   u) {
	u = toupper(n)
	if (u == "_TEXT") return ".text"
	if (u == "_DATA") return ".data"
	if (u == "CONST") return ".rdata"
	if (u == "_BSS") return ".bss"
	return n
}
# Follow section changes in one line of source text.
function track(src,   s, w, n, u, al) {
	s = src
	sub(/;.*/, "", s)
	n = split(s, w, /[ \t]+/)
	# split drops nothing at the front when s starts with blanks
	if (n > 0 && w[1] == "") { for (i = 1; i < n; i++) w[i] = w[i + 1]; n-- }
	# the macro level column of an expansion line
	if (n > 1 && w[1] ~ /^[0-9]+$/) { for (i = 1; i < n; i++) w[i] = w[i + 1]; n-- }
	if (n == 0) return
	u = tolower(w[1])
	if (u == ".code") { cur = (n >= 2 && w[2] != "") ? w[2] : ".text$mn"; depth = 0; return }
	if (u == ".data") { cur = ".data"; depth = 0; return }
	if (u == ".data?") { cur = ".bss"; depth = 0; return }
	if (u == ".const") { cur = ".rdata"; depth = 0; return }
	if (n >= 2 && tolower(w[2]) == "segment") {
		stack[depth++] = cur
		cur = segname(w[1])
		if (match(s, /[Aa][Ll][Ii][Aa][Ss][ \t]*\([ \t]*<[ \t]*[\047"][^\047"]*[\047"]/)) {
			al = substr(s, RSTART, RLENGTH)
			sub(/^[^\047"]*[\047"]/, "", al)
			sub(/[\047"]$/, "", al)
			cur = al
		}
		return
	}
	if (n >= 2 && tolower(w[2]) == "ends") {
		if (depth > 0) cur = stack[--depth]
		return
	}
}
/^Symbols:/ { exit }
/^[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F] / {
	addr = hexval(substr($0, 1, 8))
	field = ""
	if (substr($0, 10, 1) != " ") {
		field = substr($0, 10)
		sub(/[ \t].*/, "", field)
	}
	text = substr($0, 10)
	sub(/^[^ \t]*[ \t]*/, "", text)
	if (text ~ /^\* [^ :]+: /) {
		unw = substr(text, 3)
		sub(/: .*/, "", unw)
	} else if (!(unw != "" && text == "" && field != "")) unw = ""
	if (field == "") {
		track(substr($0, 10))
		next
	}
	if (field !~ /^(([0-9A-F][0-9A-F]r?)|\?\?)+$/) {
		printf "%s:%d: bad byte field \"%s\" (bytes run into the source text?)\n", lst, NR, field >badfile
		bad = 1
		next
	}
	# bytes belong to the section in force before this line changes it
	# (a line with bytes never switches sections)
	gsub(/r/, "", field)
	for (i = 1; i + 1 <= length(field); i += 2) {
		b = substr(field, i, 2)
		if (b != "??")
			print (unw != "" ? unw : cur == "" ? "(none)" : cur), addr + (i - 1) / 2, b, NR
	}
	next
}
/^ / { unw = ""; track($0); next }
END { exit bad }
' cur="" badfile="$tmp.bad" "$lst" >"$tmp.lst"
status=$?
[ -f "$tmp.bad" ] && cat "$tmp.bad"

# 1. each listed byte equals the object byte
awk -v lst="$lst" '
NR == FNR { obj[$1 " " $2] = $3; next }
{
	k = $1 " " $2
	n++
	if (!(k in obj)) {
		printf "%s:%d: %s+%X: listed %s, not in the object\n", lst, $4, $1, $2, $3
		bad++
	} else if (obj[k] != $3) {
		printf "%s:%d: %s+%X: listed %s, object has %s\n", lst, $4, $1, $2, $3, obj[k]
		bad++
	}
	if (k in seen) {
		printf "%s:%d: %s+%X: listed twice (also line %d)\n", lst, $4, $1, $2, seen[k]
		bad++
	}
	seen[k] = $4
}
END {
	if (n == 0) { printf "%s: no bytes listed\n", lst; bad++ }
	exit bad > 0
}' "$tmp.obj" "$tmp.lst" | head -n 20 >"$tmp.out1"
# 2. each object byte is listed
awk -v lst="$lst" '
NR == FNR { listed[$1 " " $2] = 1; next }
!(($1 " " $2) in listed) {
	if (++bad <= 5)
		printf "%s: %s+%X (%s) is in the object but not in the listing\n", lst, $1, $2, $3
}
END { if (bad > 5) printf "%s: ... %d unlisted bytes in all\n", lst, bad; exit bad > 0 }
' "$tmp.lst" "$tmp.obj" >"$tmp.out2"

cat "$tmp.out1" "$tmp.out2"
[ "$status" -eq 0 ] && [ ! -s "$tmp.out1" ] && [ ! -s "$tmp.out2" ]
