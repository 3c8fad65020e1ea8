# A TEXTEQU <literal> kept a second copy of its text in the run's arena
# for every definition (since `!c` is read in it), so redefining a text
# macro in a loop took twice the memory the text macros themselves do:
# here 150000 definitions of 200 bytes in each pass, about 60 MB of text
# macros (124 MB resident with the copies, 64 MB without) must assemble
# within 100 MB of address space.
. "$SRC/regress/cli/lib.sh"
awk 'BEGIN {
	print "REPT 150000"
	printf "t TEXTEQU <"
	for (i = 0; i < 200; i++) printf "x"
	print ">"
	print "ENDM"
	print ".data"
	print "DB @SizeStr(%t)"
	print "END"
}' >tq.asm
expect_rc_within "-v 100000" 0 -q -Fo tq.obj tq.asm
expect_sec_bytes tq.obj .data 'c8 ' # 200
