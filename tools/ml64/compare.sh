#!/bin/sh
# tools/ml64/compare.sh - assemble one source with Microsoft ml64 (under
# wine) and with asm, and compare the two objects semantically.
#
# Usage (from anywhere):
#   tools/ml64/compare.sh [-k DIR] file.asm [asm options...]
# Environment:
#   ASM    our assembler (default: ./asm of this checkout)
#   ML64   ml64.exe (default /work/ref/ml64/ml64.exe; see ml64-as-asm.sh)
#   -k DIR keep both objects and the comparison there (default: a temp dir)
#
# The comparison is tools/realworld/objdiff.py (sections' flags and bytes
# with relocations applied symbolically, relocation lists, symbols,
# .drectve tokens, unwind info; ml64's timestamp, .debug$S and @comp.id
# aside) when it is present; without it, a fallback diff of normalized
# `llvm-objdump -dr` and `llvm-readobj --sections --unwind` text.
#
# Exit status: 0 same, 1 the objects differ, 2 one assembler failed (its
# messages are printed) or a tool is missing.

LC_ALL=C
export LC_ALL
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ASM=${ASM:-$ROOT/asm}
KEEP=
if [ "${1:-}" = -k ]; then KEEP=$2; shift 2; fi
SRC=${1:?usage: compare.sh [-k DIR] file.asm [asm options...]}
shift
if [ -n "$KEEP" ]; then
	mkdir -p "$KEEP" || exit 2
	W=$(cd "$KEEP" && pwd)
else
	W=$(mktemp -d) || exit 2
	trap 'rm -rf "$W"' EXIT
fi
SRCABS=$(cd "$(dirname "$SRC")" && pwd)/$(basename "$SRC")

rc=0
"$HERE/ml64-as-asm.sh" -q -win64 -Fo "$W/ml64.obj" "$@" "$SRCABS" >"$W/ml64.log" 2>&1 || rc=1
"$ASM" -q -win64 -Fo "$W/asm.obj" "$@" "$SRCABS" >"$W/asm.log" 2>&1 || rc=$((rc + 2))
case $rc in
1) echo "compare: ml64 failed, asm did not:"; cat "$W/ml64.log"; exit 2 ;;
2) echo "compare: asm failed, ml64 did not:"; cat "$W/asm.log"; exit 2 ;;
3) echo "compare: both failed (same verdict)"
   echo "-- ml64:"; cat "$W/ml64.log"; echo "-- asm:"; cat "$W/asm.log"; exit 0 ;;
esac

OBJDIFF=$ROOT/tools/realworld/objdiff.py
if [ -f "$OBJDIFF" ]; then
	python3 "$OBJDIFF" "$W/ml64.obj" "$W/asm.obj"
	exit $?
fi

# Fallback until objdiff.py exists: normalized disassembly with relocations
# and the section/unwind dump.  ml64's .debug$S and @comp.id are left out.
dump() {
	( cd "$W" &&
	  llvm-objdump -dr "$1" 2>&1 | sed -e '1,3d'
	  llvm-readobj --sections --unwind "$1" 2>&1 |
	    grep -v -e 'TimeDateStamp' -e 'File:' -e 'PointerTo' -e 'Number:' ) |
	sed -e 's/\.text\$mn/.text/g' |
	awk '	# drop empty sections and .debug$S, one "Section {" block at a time
	/^  Section \{$/ { blk = $0 "\n"; inb = 1; skip = 0; next }
	inb { blk = blk $0 "\n"
	      if ($0 ~ /Name: \.debug\$S/ || $0 ~ /RawDataSize: 0$/) skip = 1
	      if ($0 ~ /^  }$/) { inb = 0; if (!skip) printf "%s", blk }
	      next }
	{ print }'
}
dump ml64.obj >"$W/ml64.txt"
dump asm.obj >"$W/asm.txt"
if diff -u "$W/ml64.txt" "$W/asm.txt" >"$W/diff.txt"; then
	echo "compare: same (fallback: llvm-objdump -dr, llvm-readobj --sections --unwind)"
	exit 0
fi
cat "$W/diff.txt"
exit 1
