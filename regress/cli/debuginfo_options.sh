# Issue 12, done-when 3-4: -ZH:MD5 / -ZH:SHA_256 select the checksum kind
# of DEBUG_S_FILECHKSMS (bytes compared with coreutils md5sum/sha256sum);
# without -pathmap the object records absolute paths, with it two builds
# in different directories are byte-identical; -Zd writes lines only; no
# -Zi, no debug sections.
. "$SRC/regress/cli/lib.sh"
need_tool llvm-readobj md5sum sha256sum
mkdir -p one/sub two/other/place
for d in one/sub two/other/place; do
	cp "$SRC/regress/debug/dbg.asm" "$SRC/regress/debug/dbg.inc" $d/
done
cd one/sub
here=$(pwd)
checksum() { # checksum OBJ: kind and lower-case hex bytes of the first file
	llvm-readobj --codeview "$1" | awk '
		done { next }
		/ChecksumKind:/ { k = $2 }
		/ChecksumBytes: \(/ { s = $0; sub(/.*\(/, "", s); sub(/\).*/, "", s); gsub(/ /, "", s); h = s; done = 1; next }
		/ChecksumBytes \(/ { on = 1; next }
		on && /^ *\)/ { on = 0; done = 1; next }
		on { s = $0; sub(/^ *[0-9A-F]+: /, "", s); sub(/ *\|.*/, "", s); gsub(/ /, "", s); h = h s }
		END { print k, tolower(h) }'
}
"$ASM" -q -Zi -Fo d1.obj dbg.asm >/dev/null || cli_fail "-Zi failed"
set -- $(checksum d1.obj)
[ "$1" = SHA256 ] || cli_fail "default checksum kind $1, want SHA256"
[ "$2" = "$(sha256sum dbg.asm | cut -d' ' -f1)" ] || cli_fail "SHA-256 $2 is not sha256sum's"
for opt in -ZH:MD5 /ZH:MD5 -Zh:md5; do
	"$ASM" -q -Zi $opt -Fo d2.obj dbg.asm >/dev/null || cli_fail "$opt failed"
	set -- $(checksum d2.obj)
	[ "$1" = MD5 ] || cli_fail "$opt: checksum kind $1, want MD5"
	[ "$2" = "$(md5sum dbg.asm | cut -d' ' -f1)" ] || cli_fail "$opt: MD5 $2 is not md5sum's"
done
cp d1.obj d3.obj
"$ASM" -q -Zi /ZH:SHA_256 -Fo d1.obj dbg.asm >/dev/null || cli_fail "/ZH:SHA_256 failed"
cmp -s d1.obj d3.obj || cli_fail "/ZH:SHA_256 differs from the default"
# another kind is warning A4018 and the default, as ml64 14.12
"$ASM" -q -Zi /ZH:CRC32 -Fo d1.obj dbg.asm >out.txt || cli_fail "/ZH:CRC32 failed"
grep -q 'warning A4018' out.txt || cli_fail "/ZH:CRC32: no warning A4018"
cmp -s d1.obj d3.obj || cli_fail "/ZH:CRC32 did not keep the default"

# absolute paths by default: the source, the INCLUDE file and the object
llvm-readobj --codeview d1.obj >cv.txt
grep -q "Filename: $here/dbg.asm" cv.txt || cli_fail "no absolute path of dbg.asm"
grep -q "Filename: $here/dbg.inc" cv.txt || cli_fail "no absolute path of dbg.inc"
grep -q "ObjectName: $here/d1.obj" cv.txt || cli_fail "no absolute object path"

# -pathmap: two directories, the same bytes
cd "$OLDPWD"
(cd one/sub && "$ASM" -q -Zi -pathmap:"$(pwd)"=/src -Fo p.obj dbg.asm) || cli_fail "pathmap 1"
(cd two/other/place && "$ASM" -q -Zi /pathmap:"$(pwd)/"=/src -Fo p.obj dbg.asm) || cli_fail "pathmap 2"
cmp -s one/sub/p.obj two/other/place/p.obj || cli_fail "-pathmap builds differ"
llvm-readobj --codeview one/sub/p.obj | grep -q 'Filename: /src/dbg.inc' || cli_fail "pathmap not applied"
(cd one/sub && "$ASM" -q -Zi -Fo p.obj dbg.asm) && (cd two/other/place && "$ASM" -q -Zi -Fo p.obj dbg.asm)
cmp -s one/sub/p.obj two/other/place/p.obj && cli_fail "without -pathmap the builds should differ (absolute paths)"

# -Zd: lines, no types, no procedure symbols; -Zi -Zd is -Zi
cd one/sub
"$ASM" -q -Zd -Fo z.obj dbg.asm >/dev/null || cli_fail "-Zd failed"
llvm-readobj --sections z.obj | grep -q 'debug\$T' && cli_fail "-Zd wrote .debug\$T"
llvm-readobj --codeview z.obj >zd.txt
grep -q 'LineNumberStart' zd.txt || cli_fail "-Zd wrote no lines"
grep -q 'S_GPROC32' zd.txt && cli_fail "-Zd wrote S_GPROC32"
"$ASM" -q -Zd -Zi -Fo zz.obj dbg.asm >/dev/null || cli_fail "-Zd -Zi failed"
llvm-readobj --codeview zz.obj | grep -q 'S_GPROC32' || cli_fail "-Zd -Zi: no S_GPROC32"
"$ASM" -q -Fo n.obj dbg.asm >/dev/null || cli_fail "no -Zi failed"
llvm-readobj --sections n.obj | grep -q 'debug\$' && cli_fail "debug sections without -Zi"
exit 0
