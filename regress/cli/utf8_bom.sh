# A UTF-8 byte order mark (Visual Studio writes one) at the start of a
# source, an INCLUDE file or a response file is skipped: the object is
# byte-identical to the one from the same files without the marks.
# oracle: the files without BOM (ml64 14.12 assembles those to the same
# .data, DD 7; ml64 itself rejects the BOM source with A2044, and reads
# the BOM response file).
. "$SRC/regress/cli/lib.sh"
mkdir plain bom
for d in plain bom; do
	mkdir "$d/inc"
	printf 'FOO2 EQU 7\n' >"$d/inc/v.inc"
	printf 'INCLUDE inc/v.inc\n.data\nDD FOO2\nEND\n' >"$d/x.asm"
	printf -- '-q -Fo %s/r.obj %s/x.asm\n' "$d" "$d" >"$d/r.rsp"
done
for f in bom/inc/v.inc bom/x.asm bom/r.rsp; do
	printf '\357\273\277' | cat - "$f" >t && mv t "$f"
done
[ "$(head -c 3 bom/x.asm | od -An -tx1 | tr -d ' ')" = efbbbf ] || cli_fail "no BOM written"
expect_rc 0 -q -Fo plain/x.obj plain/x.asm
expect_rc 0 -q -Fo bom/x.obj bom/x.asm
out_empty
same plain/x.obj bom/x.obj
expect_rc 0 @plain/r.rsp
expect_rc 0 @bom/r.rsp
same plain/r.obj bom/r.obj
same plain/x.obj bom/r.obj
