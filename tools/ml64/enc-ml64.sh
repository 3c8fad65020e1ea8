#!/bin/sh
# tools/ml64/enc-ml64.sh - ml64's bytes for the general-purpose and SSE/AVX
# test forms of the instruction table, as data for regress/enc (CI has no
# ml64).  Run from the repository root:
#
#   tools/ml64/enc-ml64.sh [OUT_DIR]     # writes regress/enc/ml64.tsv.gz
#
# build/mkinsn -t writes every table row's test instances (enc.masm) and the
# per-family counts (families.txt, in table order, so each family is one
# range of instances).  The instances of the families below are assembled
# once with ml64 14.12 under wine, each after a label; lines ml64 rejects
# are dropped (and listed in OUT_DIR/ml64-rejected.txt) and the rest is
# assembled again.  llvm-objdump splits the object at the labels.  The
# result, one "MASM text<TAB>hex bytes" line per form ml64 accepts, sorted,
# is regress/enc/ml64.tsv.gz; regress/enc/run.sh compares our bytes with it.
LC_ALL=C
export LC_ALL
OUT=${1:-build/enc-ml64}
FAMILIES=${FAMILIES:-"GP SSE SSE2 MMX SSE3 SSSE3 SSE4.1 SSE4.2 AES PCLMULQDQ AVX AVX2 FMA F16C BMI1 BMI2 ADX"}
ML=${ML:-tools/ml64/ml64-as-asm.sh}
mkdir -p "$OUT" || exit 2
make -s build/mkinsn >/dev/null 2>&1 || ${CC:-cc} -std=c99 -O2 -o build/mkinsn src/tools/mkinsn.c || exit 2
build/mkinsn -t "$OUT" src/insns.tbl >/dev/null || exit 2

# the forms without AVX-512 features (EVEX-only registers, masks, {}
# decorators, broadcasts) and without [rip+n] (no MASM spelling), numbered
awk '$0 !~ /zmm|[xy]mm(1[6-9]|2[0-9]|3[01])|(^|[ ,{])k[0-7]([ ,}]|$)|[{]|bcst|tmm|rip/ { print NR - 1 "\t" $0 }' \
	"$OUT/enc.masm" >"$OUT/sel.tsv"

assemble() { # try.tsv -> ml64.obj, ml64.log
	awk -F'\t' 'BEGIN { print "_TEXT SEGMENT" } { id[NR] = $1; print "i" $1 "::"; print "\t" $2 } END { print "_TEXT ENDS"; for (k = 1; k <= NR; k++) print "PUBLIC i" id[k]; print "END" }' \
		"$OUT/try.tsv" >"$OUT/ml64.asm"
	"$ML" -q -win64 -Fo "$OUT/ml64.obj" "$OUT/ml64.asm" 2>&1 | tr -d '\r' >"$OUT/ml64.log"
}
# ml64 stops after 100 errors, so this takes rounds.  A mnemonic ml64 does
# not know may be taken as a data label (`aor dword ptr ...`; the second
# instance says A2005): every instance of such a mnemonic is dropped.
# First the mnemonics: three instances of each; a mnemonic all three of
# whose lines ml64 rejects (or takes as a data label) is left out whole.
awk -F'\t' '{ split($2, w, " "); if (c[w[1]]++ < 3) print }' "$OUT/sel.tsv" >"$OUT/try.tsv"
: >"$OUT/probe-bad.tsv"
for r in $(seq 1 40); do
	assemble
	grep -q ' : \(fatal \)\{0,1\}error' "$OUT/ml64.log" || break
	sed -n 's/.*ml64\.asm(\([0-9]*\)) : error.*/\1/p' "$OUT/ml64.log" | sort -un |
		awk -F'\t' -v try="$OUT/try.tsv" 'NR == FNR { b[int(($1 - 2) / 2) + 1] = 1; next }
		(FNR in b) { print > "/dev/stderr"; next } { print }' - "$OUT/try.tsv" \
		>"$OUT/try2.tsv" 2>>"$OUT/probe-bad.tsv"
	mv "$OUT/try2.tsv" "$OUT/try.tsv"
done
awk -F'\t' 'NR == FNR { split($2, w, " "); ok[w[1]] = 1; next }
{ split($2, w, " "); if (w[1] in ok) print }' "$OUT/try.tsv" "$OUT/sel.tsv" >"$OUT/sel2.tsv"
awk -F'\t' '{ split($2, w, " "); print w[1] }' "$OUT/probe-bad.tsv" | sort -u >"$OUT/probe-bad.mn"
mv "$OUT/sel2.tsv" "$OUT/sel.tsv"

split_obj() {
	objdump -d -M intel --insn-width=16 "$OUT/ml64.obj" | awk -F'\t' '
/^[0-9a-f]+ <i[0-9]+>:$/ { if (cur != "") print cur "\t" b; cur = $0; sub(/^[0-9a-f]+ <i/, "", cur); sub(/>:$/, "", cur); b = ""; next }
/^ *[0-9a-f]+:\t/ { x = $2; sub(/ +$/, "", x); b = b (b == "" ? "" : " ") x }
END { if (cur != "") print cur "\t" b }'
}
# Then every form, in chunks of 4000 (ml64 slows down on one huge file and
# stops after 100 errors).
: >"$OUT/ml64-rejected.txt"
: >"$OUT/unknown.txt"
: >"$OUT/all.bytes"
: >"$OUT/all.tsv"
split -l 4000 -d -a 3 "$OUT/sel.tsv" "$OUT/chunk."
for c in "$OUT"/chunk.[0-9][0-9][0-9]; do
cp "$c" "$OUT/try.tsv"
round=0
while :; do
	round=$((round + 1))
	assemble
	grep -q ' : \(fatal \)\{0,1\}error' "$OUT/ml64.log" || break
	[ "$round" -lt 80 ] || { echo "enc-ml64: ml64 still rejects lines after $round rounds" >&2; exit 1; }
	# source line L is instance (L-2)/2+1 of try.tsv (line 1 is SEGMENT)
	sed -n 's/.*ml64\.asm(\([0-9]*\)) : error A2005.*/\1/p' "$OUT/ml64.log" | sort -un >"$OUT/redef.lines"
	sed -n 's/.*ml64\.asm(\([0-9]*\)) : error.*/\1/p' "$OUT/ml64.log" | sort -un >"$OUT/bad.lines"
	awk -F'\t' -v redef="$OUT/redef.lines" -v bad="$OUT/bad.lines" -v unkf="$OUT/unknown.txt" '
	BEGIN {
		while ((getline l < redef) > 0) r[int((l - 2) / 2) + 1] = 1
		while ((getline l < bad) > 0) b[int((l - 2) / 2) + 1] = 1
	}
	{ split($2, w, " "); line[FNR] = $0; mn[FNR] = w[1]; if (FNR in r) unk[w[1]] = 1; n = FNR }
	END {
		for (m in unk) print m >> unkf
		while ((getline l < unkf) > 0) unk[l] = 1
		for (k = 1; k <= n; k++)
			if ((k in b) || (mn[k] in unk)) print line[k] > "/dev/stderr"; else print line[k]
	}' "$OUT/try.tsv" >"$OUT/try2.tsv" 2>>"$OUT/ml64-rejected.txt"
	mv "$OUT/try2.tsv" "$OUT/try.tsv"
done
# the instances before the A2005 ones of an unknown mnemonic went through
# as data: drop them too
awk -F'\t' -v unkf="$OUT/unknown.txt" 'BEGIN { while ((getline l < unkf) > 0) unk[l] = 1 }
	{ split($2, w, " "); if (!(w[1] in unk)) print }' "$OUT/try.tsv" >"$OUT/try2.tsv"
if ! cmp -s "$OUT/try.tsv" "$OUT/try2.tsv"; then mv "$OUT/try2.tsv" "$OUT/try.tsv"; assemble; fi
split_obj >>"$OUT/all.bytes"
cat "$OUT/try.tsv" >>"$OUT/all.tsv"
echo "enc-ml64: $(basename "$c"): $round rounds" >&2
done

awk -F'\t' 'NR == FNR { t[$1] = $2; next } ($1 in t) { print t[$1] "\t" $2 }' "$OUT/all.tsv" "$OUT/all.bytes" |
	sort -u >"$OUT/ml64.tsv"
echo "enc-ml64: $(wc -l <"$OUT/sel.tsv") forms, ml64 rejected $(wc -l <"$OUT/ml64-rejected.txt"), $(wc -l <"$OUT/ml64.tsv") with ml64's bytes"
gzip -9n <"$OUT/ml64.tsv" >regress/enc/ml64.tsv.gz
