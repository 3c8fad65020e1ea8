#!/bin/sh
# regress/enc/run.sh - differential encoding test of the instruction table.
#
# Usage (from the repository root):
#   regress/enc/run.sh ASM_BINARY OUT_DIR
#
# build/mkinsn -t writes, for every row of src/insns.tbl, concrete
# instances in MASM syntax (enc.masm) and the same instructions in GNU as
# Intel syntax (enc.gas, each after a label i<N>), with pseudo-prefixes
# ({load}, data16) so that GNU as makes ml64's choice.  The oracle is GNU as:
#   1. bytes:      GNU as bytes == our bytes (objdump text where the row is
#                  flagged `text`)
#   2. negative:   enc.neg lines must fail with the stated ENC_ERR_* status
#   3. round trip: objdump -M intel text of our bytes, reassembled by GNU
#                  as, gives our bytes again (or the same decoded text, for
#                  forms where GNU as prefers the other direction)
# ASM_BINARY is either build/enctest (reads MASM lines, prints hex bytes) or
# an assembler with a JWasm-style command line (-q -win64 -Fo x.obj x.asm),
# used through encode_with_asm below.  The last line printed is the summary
#   encoding: N forms, M mismatches, K skipped [(J not allowed: FAIL)]
# and the exit status is non-zero on any mismatch and on any skipped form
# whose flag letter is not listed in regress/enc/skips.allow (today: none,
# so every skip fails the run; see that file).

LC_ALL=C
export LC_ALL
set -u

ASM=${1:?usage: run.sh ASM_BINARY OUT_DIR}
OUT=${2:?usage: run.sh ASM_BINARY OUT_DIR}
MKINSN=${MKINSN:-build/mkinsn}
GAS=${GAS:-as}
OBJDUMP=${OBJDUMP:-objdump}
mkdir -p "$OUT" || exit 2

for t in "$GAS" "$OBJDUMP"; do
	command -v "$t" >/dev/null 2>&1 || { echo "encoding: missing tool $t"; exit 2; }
done
if [ ! -x "$MKINSN" ] || [ src/tools/mkinsn.c -nt "$MKINSN" ]; then
	${HOSTCC:-cc} -std=c99 -O2 -o "$MKINSN" src/tools/mkinsn.c || exit 2
fi
"$MKINSN" -t "$OUT" src/insns.tbl || exit 2

# objdump -d of an object whose instructions sit after labels i<N>: one line
# per label, "bytes|text" (text: decoded instructions joined by " ; ").
split_objdump() {
	"$OBJDUMP" -d -M intel --insn-width=16 "$1" | awk -F'\t' '
	function flush() { if (cur >= 0) print b "|" t; b = ""; t = "" }
	BEGIN { cur = -1 }
	/^[0-9a-f]+ <i[0-9]+>:$/ { flush(); cur = 1; next }
	/^ *[0-9a-f]+:\t/ {
		x = $2; sub(/ +$/, "", x)
		y = $3; sub(/ *#.*$/, "", y); gsub(/  +/, " ", y); sub(/ +$/, "", y)
		b = b (b == "" ? "" : " ") x
		if (y != "") t = t (t == "" ? "" : " ; ") y
	}
	END { flush() }' | sed -E 's/[0-9a-f]+ <(i[0-9]+(\+0x[0-9a-f]+)?)>/\1/g'
}

# Our bytes, one line per enc.masm line: "8b c3" or "error ENC_ERR_...".
encode_with_enctest() { # in-file out-file
	"$ASM" <"$1" >"$2"
}

# Does the assembler take the x87 st / st(i) spelling yet?  (The parser
# side is wired separately; until then such lines are skipped, not failed.)
asm_knows_st() {
	printf '_TEXT SEGMENT\nfld st(1)\nfadd st, st(2)\n_TEXT ENDS\nEND\n' >"$OUT/probe.asm"
	"$ASM" -q -win64 -Fo "$OUT/probe.obj" "$OUT/probe.asm" >/dev/null 2>&1 &&
		"$OBJDUMP" -d "$OUT/probe.obj" 2>/dev/null | grep -q 'd9 c1.*$' &&
		"$OBJDUMP" -d "$OUT/probe.obj" 2>/dev/null | grep -q 'd8 c2'
}

# Does the assembler take the AVX-512 decorators ({k1}{z}, bcst, {rn-sae})?
asm_knows_evex() {
	printf '_TEXT SEGMENT\nvaddps zmm1 {k1}{z}, zmm2, dword bcst [rax]\nvaddps zmm1, zmm2, zmm3, {rz-sae}\n_TEXT ENDS\nEND\n' >"$OUT/probe.asm"
	"$ASM" -q -win64 -Fo "$OUT/probe.obj" "$OUT/probe.asm" >/dev/null 2>&1 &&
		"$OBJDUMP" -d "$OUT/probe.obj" 2>/dev/null | grep -q '62 f1 6c d9 58 08' &&
		"$OBJDUMP" -d "$OUT/probe.obj" 2>/dev/null | grep -q '62 f1 6c 78 58 cb'
}

# The real assembler: one .asm, every instruction after a public label, then
# objdump splits the object.  Lines with [rip+N] have no MASM spelling and
# are reported as errors here.  Lines the parser cannot spell yet (flag x,
# see asm_knows_st; flag d, see asm_knows_evex) become nop and read "skip".
encode_with_asm() { # in-file out-file flags-file
	skipx=x
	asm_knows_st && skipx=
	asm_knows_evex || skipx=${skipx}d
	skipx=${skipx:-NONE}
	paste -d'\t' "$3" "$1" | awk -F'\t' -v skipx="[$skipx]" '
	BEGIN { print "_TEXT SEGMENT" }
	{ print "i" NR-1 ":"; print "\t" (skipx != "[NONE]" && $1 ~ skipx ? "nop" : $2) }
	END { print "_TEXT ENDS"; print "END" }' >"$OUT/ours.asm"
	awk '{ print "PUBLIC i" NR-1 }' "$1" >"$OUT/ours.pub"
	cat "$OUT/ours.pub" "$OUT/ours.asm" >"$OUT/ours_full.asm"
	"$ASM" -q -win64 -Fo "$OUT/ours.obj" "$OUT/ours_full.asm" >"$OUT/asm.log" 2>&1
	split_objdump "$OUT/ours.obj" | cut -d'|' -f1 | paste -d'\t' "$3" - |
		awk -F'\t' -v skipx="[$skipx]" '{ print (skipx != "[NONE]" && $1 ~ skipx ? "skip" : $2) }' >"$2"
}

case $(basename "$ASM") in
enctest*) encode_with_enctest "$OUT/enc.masm" "$OUT/ours.hex" ;;
*) encode_with_asm "$OUT/enc.masm" "$OUT/ours.hex" "$OUT/enc.flags" ;;
esac

# 1. bytes against GNU as
"$GAS" --64 -o "$OUT/gas.o" "$OUT/enc.gas" 2>"$OUT/gas.err" || {
	echo "GNU as rejected enc.gas:"; head -20 "$OUT/gas.err"
	echo "encoding: 0 forms, 1 mismatches"; exit 1
}
split_objdump "$OUT/gas.o" >"$OUT/gas.out"

# our bytes as an object, for text comparison and the round trip
awk 'BEGIN { print ".text" }
{ s = $0; if (s ~ /^(error|skip)/) s = "90"; gsub(/ /, ",0x", s); print "i" NR-1 ": .byte 0x" s }' \
	"$OUT/ours.hex" >"$OUT/ours.s"
"$GAS" --64 -o "$OUT/ours.o" "$OUT/ours.s" || exit 2
split_objdump "$OUT/ours.o" >"$OUT/ours.out"

# Legacy prefixes may come in any order; MASM writes lock/rep, 67, 66, seg
# where GNU as writes seg, 67, 66, lock (doc/encoding-choices.md), so the
# leading prefix run is compared as a set.
paste -d'\t' "$OUT/enc.flags" "$OUT/gas.out" "$OUT/ours.hex" "$OUT/ours.out" "$OUT/enc.masm" | awk -F'\t' '
function canon(s,   a, n, i, j, k, t, p) {
	n = split(s, a, " ")
	for (i = 1; i <= n && a[i] ~ /^(f0|f2|f3|26|2e|36|3e|64|65|66|67)$/; i++) ;
	k = i - 1
	for (i = 2; i <= k; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
	p = ""
	for (i = 1; i <= n; i++) p = p (i > 1 ? " " : "") a[i]
	return p
}
{
	split($2, g, "|"); split($4, o, "|")
	if ($3 == "skip") { skip++; next }
	n++
	if ($3 ~ /^error/) ok = 0
	else if ($1 ~ /[tT]/) ok = (g[2] == o[2])
	else ok = (g[1] == $3) || (canon(g[1]) == canon($3))
	if (!ok) { bad++; printf "MISMATCH %s\n  gas:  %s  (%s)\n  ours: %s  (%s)\n", $5, g[1], g[2], $3, o[2] }
}
END { printf "%d %d %d\n", n, bad + 0, skip + 0 > "/dev/stderr" }' >"$OUT/mismatch.txt" 2>"$OUT/bytes.count"
head -60 "$OUT/mismatch.txt"
read -r nforms nbad nskip <"$OUT/bytes.count" || { nforms=0; nbad=1; }

# 2. negative cases
cut -f2 "$OUT/enc.neg" >"$OUT/neg.masm"
case $(basename "$ASM") in
enctest*) encode_with_enctest "$OUT/neg.masm" "$OUT/neg.hex" ;;
*) : >"$OUT/neg.hex" ;; # TODO: the real assembler reports A2xxx diagnostics instead
esac
nneg=0
negbad=0
if [ -s "$OUT/neg.hex" ]; then
	paste -d'\t' "$OUT/enc.neg" "$OUT/neg.hex" | awk -F'\t' '
	{ n++; if ($3 != "error " $1) { bad++; printf "NEGATIVE %s: want %s, got %s\n", $2, $1, $3 } }
	END { printf "%d %d\n", n, bad + 0 > "/dev/stderr" }' >"$OUT/neg.bad" 2>"$OUT/neg.count"
	head -40 "$OUT/neg.bad" # (not piped: head must not cut the counts off)
	read -r nneg negbad <"$OUT/neg.count" || negbad=1
fi

# 3. round trip: reassemble objdump text of our bytes (not for forms
# flagged nort, whose decoded text GNU as may not take back: lfs rax)
paste -d'|' "$OUT/enc.flags" "$OUT/ours.out" | awk -F'|' 'BEGIN { print ".intel_syntax noprefix"; print ".text" }
{ b = $2; gsub(/ /, ",0x", b) # nort: our bytes as data, so that the layout stays
  t = $1 ~ /[BT]/ ? ".byte 0x" b : $3; gsub(/ ; /, "\n", t); print "i" NR-1 ":"; print t }' >"$OUT/rt.s"
"$GAS" --64 -o "$OUT/rt.o" "$OUT/rt.s" 2>"$OUT/rt.err"
nrt=0
rtbad=0
if [ -s "$OUT/rt.o" ]; then
	split_objdump "$OUT/rt.o" >"$OUT/rt.out"
	paste -d'\t' "$OUT/ours.out" "$OUT/rt.out" "$OUT/enc.masm" "$OUT/enc.flags" "$OUT/ours.hex" | awk -F'\t' '
	$4 ~ /[BT]/ || $5 == "skip" { next }
	{ split($1, a, "|"); split($2, b, "|"); n++
	  if (a[1] != b[1] && a[2] != b[2]) { bad++; printf "ROUNDTRIP %s\n  ours: %s (%s)\n  gas:  %s (%s)\n", $3, a[1], a[2], b[1], b[2] } }
	END { printf "%d %d\n", n, bad + 0 > "/dev/stderr" }' >"$OUT/rt.bad" 2>"$OUT/rt.count"
	head -40 "$OUT/rt.bad"
	read -r nrt rtbad <"$OUT/rt.count" || rtbad=1
else
	echo "round trip: GNU as rejected the decoded text:"; head -10 "$OUT/rt.err"
	rtbad=1
fi

# 4. skips: a form is skipped only when a probe above found the parser
# unable to spell its flag's syntax.  The forms passed before, so a skip is
# a regression unless its flag letter is in regress/enc/skips.allow.
nskip=${nskip:-0}
allow=$(sed -e 's/#.*//' "${ENC_SKIPS_ALLOW:-regress/enc/skips.allow}" 2>/dev/null | tr -cd 'a-z')
paste -d'\t' "$OUT/enc.flags" "$OUT/ours.hex" | awk -F'\t' -v allow="$allow" '
$2 == "skip" { f = substr($1, 2); if (f == "" || allow == "" || f !~ "^[" allow "]+$") bad++ }
END { print bad + 0 }' >"$OUT/skip.count"
read -r nskipbad <"$OUT/skip.count" || nskipbad=$nskip
# 4. ml64's bytes (regress/enc/ml64.tsv.gz, made once with ml64 14.12 under
# wine by tools/ml64/enc-ml64.sh; CI has no ml64): every form found there
# must have ml64's bytes exactly, prefix order included, unless
# regress/enc/ml64-known.tsv lists it with the reason (ml64's bugs).
nml=0
mlbad=0
if [ -f regress/enc/ml64.tsv.gz ]; then
	gzip -dc regress/enc/ml64.tsv.gz >"$OUT/ml64.tsv"
	paste -d'\t' "$OUT/enc.masm" "$OUT/ours.hex" | awk -F'\t' -v known=regress/enc/ml64-known.tsv '
	BEGIN { while ((getline l < known) > 0) if (l !~ /^#/) { split(l, k, "\t"); kn[k[1]] = 1 } }
	NR == FNR { ml[$1] = $2; next }
	($1 in ml) && $2 != "skip" {
		n++
		if ($2 == ml[$1]) next
		if ($1 in kn) { nk++; next }
		bad++; printf "ML64 %s\n  ml64: %s\n  ours: %s\n", $1, ml[$1], $2
	}
	END { printf "%d %d %d\n", n, bad + 0, nk + 0 > "/dev/stderr" }' "$OUT/ml64.tsv" - \
		>"$OUT/ml64.bad" 2>"$OUT/ml64.count"
	head -40 "$OUT/ml64.bad"
	read -r nml mlbad mlknown <"$OUT/ml64.count" || mlbad=1
	echo "ml64: $nml forms compared with ml64 14.12's bytes, $mlbad mismatches outside the documented list (${mlknown:-0} listed in regress/enc/ml64-known.tsv)"
fi

cat "$OUT/families.txt"
echo "negative: $nneg cases, $negbad wrong; round trip: $nrt forms, $rtbad mismatches"
if [ "$nskip" -gt 0 ]; then
	echo "SKIPPED: $nskip forms the assembler's parser could not spell (flag x: x87 st(i), flag d: AVX-512 decorators; probes in regress/enc/run.sh), $nskipbad of them not allowed by regress/enc/skips.allow"
fi
total=$((nbad + negbad + rtbad + mlbad))
if [ "$nskipbad" -gt 0 ]; then
	echo "encoding: $nforms forms, $total mismatches, $nskip skipped ($nskipbad not allowed: FAIL); $nml with ml64's bytes"
else
	echo "encoding: $nforms forms, $total mismatches, $nskip skipped; $nml with ml64's bytes"
fi
[ "$total" -eq 0 ] && [ "$nskipbad" -eq 0 ]
