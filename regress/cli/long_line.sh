# Lines of any length work: a 6 MB DB line with a million items, a 1 MB
# label name, a 2 MB string (no fixed line buffer anywhere).
. "$SRC/regress/cli/lib.sh"
awk 'BEGIN {
	print ".data"
	printf "items DB 1"
	for (i = 1; i < 1000000; i++) printf ",%d", i % 100
	printf "\n"
	printf "l"
	for (i = 0; i < 1000000; i++) printf "x"
	printf " DB 2\n"
	printf "s1 DB \""
	for (i = 0; i < 2000000; i++) printf "ab"
	printf "\"\n"
	print "len DD LENGTHOF items"
	print "END"
}' >long.asm
expect_rc 0 -q -Fo long.obj long.asm
must_exist long.obj
# 1000000 + 1 + 4000000 + 4 bytes of .data
expect_sec_size long.obj .data 004c4b45
