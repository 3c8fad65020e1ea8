# Issue 12, done-when 1-2 (CI part): regress/debug/dbg.asm (FRAME:AUTO
# procedures with parameters and STRUCT/UNION LOCALs, a macro call, an
# INCLUDE with code, a second code section) assembled with -Zi links with
# lld-link /debug without a warning, and the PDB says what the source says.
# Every expectation comes from the source (grep -n of the ";#" and ";@"
# markers, the STRUCT definitions) or from GNU objdump's disassembly of the
# program (addresses, frame offsets, code sizes) -- never from our output.
. "$SRC/regress/cli/lib.sh"
need_tool lld-link llvm-pdbutil llvm-symbolizer x86_64-w64-mingw32-objdump \
	x86_64-w64-mingw32-ld sha256sum
cp "$SRC/regress/debug/dbg.asm" "$SRC/regress/debug/dbg.inc" .
expect_rc 0 -q -Zi -Fo dbg.obj dbg.asm
expect_rc 0 -q -Fo nodbg.obj dbg.asm
OD=x86_64-w64-mingw32-objdump

# .text is the same with and without -Zi (also with a -Sg listing)
expect_rc 0 -q -Zi -Fl dbg.lst -Sg -Fo dbgl.obj dbg.asm
for o in dbgl nodbg; do
	for s in '.text$mn' tx2 .data .pdata .xdata; do
		$OD -s -j "$s" dbg.obj | tail -n +3 >a.txt
		$OD -s -j "$s" $o.obj | tail -n +3 >b.txt
		[ -s a.txt ] || cli_fail "no section $s"
		cmp -s a.txt b.txt || cli_fail "section $s differs between dbg.obj and $o.obj"
	done
done

# links with lld-link /debug, nothing on stderr or stdout
lld-link /nologo /debug /entry:start /subsystem:console /nodefaultlib \
	/out:dbg.exe dbg.obj >link.txt 2>&1 || { cat link.txt; cli_fail "lld-link failed"; }
[ -s link.txt ] && { cat link.txt; cli_fail "lld-link printed something"; }
[ -f dbg.pdb ] || cli_fail "no dbg.pdb"

# MinGW ld ignores .debug$S/.debug$T: no warning that the plain object
# does not give
x86_64-w64-mingw32-ld -e start -o plain.exe nodbg.obj >ld1.txt 2>&1 || cli_fail "ld nodbg.obj failed"
x86_64-w64-mingw32-ld -e start -o withdbg.exe dbg.obj >ld2.txt 2>&1 || cli_fail "ld dbg.obj failed"
sed 's/nodbg/X/g;s/plain/Y/g' ld1.txt >ld1n.txt
sed 's/dbg/X/g;s/withX/Y/g' ld2.txt >ld2n.txt
cmp -s ld1n.txt ld2n.txt || { cat ld1.txt ld2.txt; cli_fail "MinGW ld warns differently with -Zi"; }

$OD -d -M intel dbg.exe >dis.txt
# addr PATTERN [N]: address (hex, no 0x) of the N-th (default 1st)
# instruction whose text matches the extended regex
addr() {
	awk -F'\t' -v pat="$1" -v n="${2:-1}" \
		'NF >= 3 && $3 ~ pat { if (++k == n) { a = $1; sub(/^ */, "", a); sub(/:$/, "", a); print a; exit } }' dis.txt
}
# ilen ADDR: bytes of the instruction at ADDR
ilen() {
	awk -F'\t' -v a="$1" '{ x = $1; sub(/^ */, "", x); sub(/:$/, "", x) } x == a { print split($2, b, " ") - (b[split($2, b, " ")] == "" ? 1 : 0); exit }' dis.txt
}
# secaddr NAME: address of section NAME (<NAME>: in the disassembly of
# the stripped program); scale and start each begin their section
secaddr() {
	sed -n "s/^0*\\([0-9a-f]*\\) <$1>:\$/\\1/p" dis.txt | head -n 1
}
marker() { # marker NAME: line of ";@NAME" in FILE $2 (default dbg.asm)
	grep -n ";@$1 " "${2:-dbg.asm}" | cut -d: -f1
}
pattern() { # the objdump pattern after ";@NAME"
	sed -n "s/.*;@$1 \\(.*\\)\$/\\1/p" "${2:-dbg.asm}" | sed 's/ *$//'
}
hex() { printf '%d' "0x$1"; }

# ---- llvm-pdbutil dump -l: one entry per ";#" line, in the right file,
# with the SHA-256 of that file
llvm-pdbutil dump -l dbg.pdb >lines.txt || cli_fail "pdbutil -l"
for f in dbg.asm dbg.inc; do
	want=$(sha256sum $f | cut -d' ' -f1 | tr a-f A-F)
	grep -q "/$f (SHA-256: $want)" lines.txt || { cat lines.txt; cli_fail "$f: no SHA-256 $want"; }
	awk -v f="/$f (" '
		/^[^ ]/ { infile = index($0, f) > 0; next }
		infile && /^  +[0-9]+ [0-9A-F]+ / { for (i = 1; i < NF; i += 2) print $i }' lines.txt | sort -n | uniq >got_$f.txt
	grep -nE ';#( |$)' $f | cut -d: -f1 | sort -n >want_$f.txt
	cmp -s got_$f.txt want_$f.txt || { diff want_$f.txt got_$f.txt; cli_fail "line entries of $f differ (< source, > pdb)"; }
done

# ---- llvm-pdbutil dump -symbols
llvm-pdbutil dump -symbols dbg.pdb >syms.txt || cli_fail "pdbutil -symbols"
# one line per record: "kind `name` details..."
awk '/^ +[0-9]+ \| S_/ { if (r != "") print r; r = $3; for (i = 7; i <= NF; i++) r = r " " $i; next } { r = r " " $0 } END { print r }' syms.txt |
	sed 's/  */ /g' >recs.txt
rec() { grep "^$1 \`$2\`" recs.txt | head -n 1; }
want_in() { # want_in RECORD TEXT
	case "$1" in *"$2"*) ;; *) cli_fail "expected '$2' in: $1" ;; esac
}
base=$(secaddr .text)
[ -n "$base" ] || cli_fail "no scale in the disassembly"
r=$(addr "$(pattern ret)")
size=$(( $(hex $r) + $(ilen $r) - $(hex $base) ))
want_in "$(rec S_GPROC32 scale)" "code size = $size"
sbase=$(secaddr tx2)
r=$(addr "$(pattern startret)" 2)
ssize=$(( $(hex $r) + $(ilen $r) - $(hex $sbase) ))
want_in "$(rec S_GPROC32 start)" "code size = $ssize"
# frame offsets as the instructions that use them address them
u32() { echo $(( ($1 + 4294967296) % 4294967296 )); }
disp() { # disp PATTERN-NAME [FILE]: the [rbp+-0x..] displacement of that instruction
	a=$(addr "$(pattern "$1" "${2:-dbg.asm}")")
	awk -F'\t' -v a="$a" '{ x = $1; sub(/^ */, "", x); sub(/:$/, "", x) } x == a { print $3; exit }' dis.txt |
		sed -n 's/.*\[rbp\([-+]\)0x\([0-9a-f]*\)\].*/\1 \2/p'
}
off() { set -- $(disp "$@"); [ "$1" = - ] && u32 $(( - 0x$2 )) || echo $(( 0x$2 )); }
want_in "$(rec S_REGREL32 p)" "type = 0x0077 (unsigned __int64), register = RBP, offset = $(off body)"
want_in "$(rec S_REGREL32 k)" "type = 0x0022 (unsigned long), register = RBP, offset = $(off inc dbg.inc)"
want_in "$(rec S_REGREL32 pt)" "(POINT), register = RBP, offset = $(off ptx)"
want_in "$(rec S_REGREL32 tmp)" "type = 0x0077 (unsigned __int64), register = RBP, offset = $(off tmp)"
want_in "$(rec S_REGREL32 wide)" "(SPAN), register = RBP"
want_in "$(rec S_REGREL32 where)" "(POINT), register = RBP"
again=$(( $(hex "$(addr '^dec +eax')") - $(hex $base) ))
want_in "$(rec S_LABEL32 again)" "addr = 0001:$(printf '%04d' $again)"
grep -q 'S_FRAMEPROC' syms.txt || cli_fail "no S_FRAMEPROC"
[ "$(grep -c 'S_END' syms.txt)" -ge 2 ] || cli_fail "S_END missing"

# ---- llvm-pdbutil dump -types: POINT and SPAN with their fields
llvm-pdbutil dump -types dbg.pdb >types.txt || cli_fail "pdbutil -types"
grep -q 'LF_STRUCTURE .*`POINT`' types.txt || cli_fail "no LF_STRUCTURE POINT"
grep -q 'LF_UNION .*`SPAN`' types.txt || cli_fail "no LF_UNION SPAN"
grep -q 'sizeof 8' types.txt || cli_fail "no sizeof 8"
grep -q 'LF_MEMBER \[name = `x`, Type = 0x0022 (unsigned long), offset = 0' types.txt || cli_fail "POINT.x"
grep -q 'LF_MEMBER \[name = `y`, Type = 0x0022 (unsigned long), offset = 4' types.txt || cli_fail "POINT.y"
grep -q 'LF_MEMBER \[name = `half`, Type = 0x0022 (unsigned long), offset = 0' types.txt || cli_fail "SPAN.half"
grep -q 'LF_PROCEDURE' types.txt || cli_fail "no LF_PROCEDURE"
grep -q '# args = 2' types.txt || cli_fail "scale's signature"

# ---- llvm-symbolizer: prologue, body, macro expansion, INCLUDE, epilogue
sym() { # sym ADDR FUNC FILE:LINE
	out=$(llvm-symbolizer --obj=dbg.exe "0x$1" | tr '\n' ' ')
	case "$out" in
	"$2 "*"/$3:"*) ;;
	*) cli_fail "0x$1: got '$out', want $2 $3" ;;
	esac
}
procline() { grep -n "^$1 PROC" dbg.asm | cut -d: -f1; }
sym $base scale dbg.asm:$(procline scale)                      # push rbp
sym "$(addr '^push +rbx')" scale dbg.asm:$(procline scale)     # prologue
sym "$(addr "$(pattern body)")" scale dbg.asm:$(marker body)
sym "$(addr "$(pattern ptx)")" scale dbg.asm:$(marker ptx)
sym "$(addr '^add +eax,0x1111' 1)" scale dbg.asm:$(marker macro)
sym "$(addr '^add +eax,0x1111' 2)" scale dbg.asm:$(marker macro)
sym "$(addr "$(pattern inc dbg.inc)")" scale dbg.inc:$(marker inc dbg.inc)
sym "$(addr '^add +eax,0x2222')" scale dbg.inc:$(( $(marker inc dbg.inc) + 1 ))
sym "$(addr '^pop +rbx')" scale dbg.asm:$(marker ret)           # epilogue
sym "$(addr "$(pattern ret)")" scale dbg.asm:$(marker ret)
sym $sbase start dbg.asm:$(procline start)
sym "$(addr "$(pattern start)")" start dbg.asm:$(marker start)
exit 0
