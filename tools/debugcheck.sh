#!/bin/sh
# tools/debugcheck.sh - the debug-information checks that need Microsoft's
# tools under wine (issue 12, done-when 2; not in CI, which has no ml64 or
# link.exe).  Run from the repository root after `make`:
#     tools/debugcheck.sh            (ML64DIR defaults to /work/ref/ml64)
# 1. regress/debug/dbg.asm assembled with -Zi links with link.exe /debug
#    without a message, and its PDB lists the same lines (per file) and the
#    same procedures, code sizes, parameters, LOCALs and labels as the PDB
#    lld-link makes (llvm-pdbutil on both).
# 2. For each tools/debugcmp/*.asm, `ml64 /Zi` and `asm -Zi` objects give
#    the same tools/cvnorm.py text: symbol kinds, names, code sizes, debug
#    starts, frame offsets and line tables (paths, checksums, the compiler
#    name aside).
# 3. With --all, also every regress/obj, regress/lst and samples source:
#    its -Zi object links with link.exe /debug (a DLL, unresolved names
#    forced) without a message about debug information, and where ml64
#    accepts the source the cvnorm.py texts are compared (a difference is
#    printed, not counted: data lines in code sections are ours only, see
#    doc/debuginfo.md).
# Exit status 0 when everything matches.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ASM=${ASM:-$ROOT/asm}
ML64DIR=${ML64DIR:-/work/ref/ml64}
W="env WINEDEBUG=-all wine"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

cd "$T" || exit 2
cp "$ROOT/regress/debug/dbg.asm" "$ROOT/regress/debug/dbg.inc" .
"$ASM" -q -Zi -Fo dbg.obj dbg.asm || exit 2
$W "$ML64DIR/link.exe" /nologo /debug /incremental:no /entry:start /subsystem:console \
	/nodefaultlib /out:ms.exe /pdb:ms.pdb dbg.obj >ms.txt 2>&1 || bad "link.exe failed"
if [ -s ms.txt ]; then cat ms.txt; bad "link.exe printed something"; fi
lld-link /nologo /debug /entry:start /subsystem:console /nodefaultlib \
	/out:ll.exe /pdb:ll.pdb dbg.obj >ll.txt 2>&1 || bad "lld-link failed"
# lines: file base name and line numbers, in order (addresses differ)
pdblines() {
	llvm-pdbutil dump -l "$1" | awk '
		/^[^ ].*\(SHA-256|MD5/ { f = $1; sub(/.*[\\\/]/, "", f); next }
		/^  +[0-9]+ [0-9A-F]+ / { for (i = 1; i < NF; i += 2) print f ":" $i }'
}
# procedures and what they contain, without addresses
pdbsyms() {
	llvm-pdbutil dump -symbols "$1" | awk '
		/^ +[0-9]+ \| S_/ { if (r != "") print r; r = $3 " " $7; next }
		/code size =/ { s = $0; sub(/.*code size = /, "", s); sub(/[^0-9].*/, "", s); r = r " size=" s }
		/debug start =/ { s = $0; sub(/.*debug start = /, "", s); sub(/,.*/, "", s); r = r " dbgstart=" s }
		/register = / { s = $0; sub(/^ */, "", s); r = r " " s }
		END { print r }' | grep -E '^S_(GPROC32|LPROC32|REGREL32|LABEL32|END|FRAMEPROC)'
}
pdblines ms.pdb >ms.lines
pdblines ll.pdb >ll.lines
[ -s ll.lines ] || bad "no lines in lld-link's PDB"
cmp -s ms.lines ll.lines || { diff ms.lines ll.lines; bad "link.exe and lld-link PDB lines differ"; }
pdbsyms ms.pdb >ms.syms
pdbsyms ll.pdb >ll.syms
grep -q S_GPROC32 ll.syms || bad "no procedures in lld-link's PDB"
cmp -s ms.syms ll.syms || { diff ms.syms ll.syms; bad "link.exe and lld-link PDB symbols differ"; }
echo "link.exe /debug: $(wc -l <ms.lines) line entries, $(grep -c PROC32 ms.syms) procedures, same as lld-link"

for src in "$ROOT"/tools/debugcmp/*.asm; do
	b=$(basename "$src" .asm)
	cp "$ROOT"/tools/debugcmp/* .
	$W "$ML64DIR/ml64.exe" /c /nologo /Zi /Fo "$b.ml.obj" "$b.asm" >"$b.ml.log" 2>&1 ||
		{ cat "$b.ml.log"; bad "ml64 rejects $b.asm"; continue; }
	"$ASM" -q -Zi -Fo "$b.us.obj" "$b.asm" || { bad "asm rejects $b.asm"; continue; }
	python3 "$ROOT/tools/cvnorm.py" "$b.ml.obj" >"$b.ml.txt"
	python3 "$ROOT/tools/cvnorm.py" "$b.us.obj" >"$b.us.txt"
	if cmp -s "$b.ml.txt" "$b.us.txt"; then
		echo "$b.asm: same as ml64 ($(grep -c '^sym' "$b.us.txt") symbols, $(grep -c '^line' "$b.us.txt") lines)"
	else
		diff "$b.ml.txt" "$b.us.txt"
		bad "$b.asm: CodeView differs from ml64's (< ml64, > asm)"
	fi
done

[ "${1:-}" = --all ] || exit $fail
same=0 differ=0
for src in "$ROOT"/regress/obj/*/*.asm "$ROOT"/regress/lst/*.asm "$ROOT"/samples/*.asm; do
	b=$(echo "${src#$ROOT/}" | tr / _)
	d=$(dirname "$src")
	(cd "$d" && "$ASM" -q -Zi -Fo "$T/$b.us.obj" "$(basename "$src")") >/dev/null 2>&1 || continue
	$W "$ML64DIR/link.exe" /nologo /debug /dll /noentry /force:unresolved /nodefaultlib \
		/out:"$T/all.dll" "$T/$b.us.obj" 2>&1 | tr -d '\r' |
		grep -i 'debug\|pdb\|LNK4099\|LNK1318\|corrupt' && bad "$src: link.exe complains"
	(cd "$d" && $W "$ML64DIR/ml64.exe" /c /nologo /Zi /Fo "$(winepath -w "$T/$b.ml.obj" 2>/dev/null || echo "$T/$b.ml.obj")" \
		"$(basename "$src")") >/dev/null 2>&1 || continue
	python3 "$ROOT/tools/cvnorm.py" "$T/$b.ml.obj" >"$T/$b.ml.txt"
	python3 "$ROOT/tools/cvnorm.py" "$T/$b.us.obj" >"$T/$b.us.txt"
	if cmp -s "$T/$b.ml.txt" "$T/$b.us.txt"; then
		same=$((same + 1))
	else
		differ=$((differ + 1))
		echo "differs from ml64: ${src#$ROOT/}"
		diff "$T/$b.ml.txt" "$T/$b.us.txt" | sed 's/^/    /' | head -n 6
	fi
done
echo "--all: $same sources the same as ml64, $differ different"
exit $fail
