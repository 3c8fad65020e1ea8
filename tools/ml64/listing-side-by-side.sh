#!/bin/sh
# tools/ml64/listing-side-by-side.sh - asm's and ml64's listings of the
# same sources, side by side (asm left, ml64 right), for reading the
# differences that doc/listing.md explains.
#
#   tools/ml64/listing-side-by-side.sh [-w WIDTH] [file.asm ...]
#
# Without files: every samples/*.asm.  Both run with the listing of
# generated code (asm -Fl -Sg, ml64 /Fl /Sg); tabs are expanded, ml64's CRs
# dropped, the date in the first line of each page is left as is.  Needs
# wine and ml64.exe (ML64, default /work/ref/ml64/ml64.exe; never
# committed); ASM names the assembler (default ./asm).
width=220
if [ "${1:-}" = -w ]; then width=$2; shift 2; fi
root=$(cd "$(dirname "$0")/../.." && pwd)
ASM=${ASM:-$root/asm}
ML64=${ML64:-/work/ref/ml64/ml64.exe}
[ -x "$ASM" ] || { echo "no assembler at $ASM (make first)" >&2; exit 2; }
[ -f "$ML64" ] || { echo "no ml64.exe at $ML64 (set ML64)" >&2; exit 2; }
[ $# -gt 0 ] || set -- "$root"/samples/*.asm
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
half=$(( (width - 3) / 2 ))
for src in "$@"; do
	b=$(basename "$src" .asm)
	cp "$src" "$tmp/$b.asm"
	(cd "$tmp" && "$ASM" -q -Fo "$b.a.obj" -Fl "$b.a.lst" -Sg "$b.asm" >/dev/null 2>&1)
	(cd "$tmp" && WINEDEBUG=-all wine "$ML64" /c /nologo /Fo"$b.m.obj" /Fl"$b.m.lst" /Sg "$b.asm" >/dev/null 2>&1)
	printf '==== %s: asm -Fl -Sg %-*s| ml64 /Fl /Sg\n' "$b.asm" $((half - 20 - ${#b})) ""
	for k in a m; do
		if [ -f "$tmp/$b.$k.lst" ]; then
			tr -d '\r' <"$tmp/$b.$k.lst" | tr '\f\b\a' '^^^' | expand >"$tmp/$k.txt"
		else
			echo "(no listing)" >"$tmp/$k.txt"
		fi
	done
	pr -m -t -w "$width" "$tmp/a.txt" "$tmp/m.txt" | expand
	echo
done
