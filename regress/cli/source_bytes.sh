# Bytes a source may hold that once went silently wrong (issue #17 items 3
# and 11): a NUL byte is A2044 at its line, in the main file and in an
# INCLUDE file (it used to end the file there: everything after it was
# dropped and the object written); CR-only line endings end lines; UTF-16
# (with or without byte-order mark) gets one message; SOURCE_DATE_EPOCH
# that is not a number is an error, not 1970.
. "$SRC/regress/cli/lib.sh"
printf '.data\nDB 1\nDB 2\000 ; x\nDB 3\nEND\n' >nul.asm
stale nul.obj
expect_rc 1 -q -Fo nul.obj nul.asm
out_has '^nul\.asm\(3\) : error A2044: invalid character in file$'
must_not_exist nul.obj

printf 'DB 2\n\000DB 3\nDB 5\n' >nul.inc
printf '.data\nDB 1\nINCLUDE nul.inc\nDB 4\nEND\n' >nulinc.asm
expect_rc 1 -q -Fo nulinc.obj nulinc.asm
out_has '^nul\.inc\(2\) : error A2044: invalid character in file$'
must_not_exist nulinc.obj

# CR-only: the same object as with LF
mkdir cr lf
printf '.data\rDB 1\rDB 2\r\r.code\rret\rEND\r' >cr/x.asm
printf '.data\nDB 1\nDB 2\n\n.code\nret\nEND\n' >lf/x.asm
(cd cr && "$ASM" -q -Fo x.obj x.asm) || cli_fail "CR-only source failed"
(cd lf && "$ASM" -q -Fo x.obj x.asm) || cli_fail "LF source failed"
same cr/x.obj lf/x.obj

# UTF-16LE with BOM, UTF-16BE with BOM, UTF-16LE without BOM
printf '\377\376.\000d\000a\000t\000a\000\n\000' >u16bom.asm
printf '\376\377\000.\000d\000a\000t\000a\000\n' >u16be.asm
printf '.\000d\000a\000t\000a\000\n\000' >u16.asm
for f in u16bom u16be u16; do
	expect_fail -q -Fo $f.obj $f.asm
	out_has "^$f\\.asm\\(1\\) : fatal error A1909: UTF-16 source: save as UTF-8"
	[ "$(wc -l <out.txt)" -eq 1 ] || { cat out.txt; cli_fail "$f: more than one message"; }
	must_not_exist $f.obj
done

SOURCE_DATE_EPOCH=soon expect_fail -q -Fo lf2.obj lf/x.asm
out_has 'fatal error A1910: SOURCE_DATE_EPOCH is not a number'
must_not_exist lf2.obj
SOURCE_DATE_EPOCH=86400 expect_rc 0 -q -Fo lf3.obj lf/x.asm
