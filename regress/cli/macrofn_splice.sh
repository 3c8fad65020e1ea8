# timeout: 300
# A line that calls a macro function many times (here 400 results spliced
# into one line, 400 times) re-lexed the whole line after each call: the
# slow expansion path of issue #15 item 8 (calls x line length).  Now only
# each result is lexed; and each splice copied the whole line (text and
# tokens), now it edits the line in place, moving only what follows.
# Under a CPU-time limit of 1 s (ulimit -t; 0.34 s now, 1.1-1.5 s with
# the copies, 5.5 s with the re-lexing); the sanitizer build only has to
# finish.
. "$SRC/regress/cli/lib.sh"
awk 'BEGIN {
	print "G MACRO"
	print "  EXITM <1>"
	print "ENDM"
	printf "F MACRO\n  EXITM <G()"
	for (i = 1; i < 400; i++) printf " + G()"
	print ">"
	print "ENDM"
	print "H MACRO"
	print "  x = F()"
	print "  .data"
	print "  DD x"
	print "ENDM"
	print "REPT 400"
	print "  H"
	print "ENDM"
	print "END"
}' >calls.asm
expect_rc_within "-t 1" 0 -q -Fo calls.obj calls.asm
# 400 DWORDs of 400 (0x190)
expect_sec_size calls.obj .data 00000640
expect_sec_bytes calls.obj .data '90010000 90010000'
