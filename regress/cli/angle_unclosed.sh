# timeout: 300
# A '<' that does not close is read to the end of its line before the
# lexer takes it as a mark; a line of many (the fuzzer's megabyte text
# macros of mixed bytes) cost its length squared: 200 s for one fuzz
# input (issue #17, done-when 4).  Now the first such scan matches every
# '<' it passes with a stack and the rest are looked up.  Here an ECHO
# line of 100k unclosed '<' (17 s before) and a text macro of 100k
# spliced into a %ECHO line, under a CPU-time limit of 2 s (0.01 s now);
# ml64 14.12 prints both lines as written (checked on the same lines with
# three '<'s: `ECHO x <1 <2 <3 <a> z`).
. "$SRC/regress/cli/lib.sh"
awk 'BEGIN {
	printf "ECHO x"
	for (i = 0; i < 100000; i++) printf " <1"
	print " <a> z"
	printf "t TEXTEQU <y"
	for (i = 0; i < 100000; i++) printf " !<2"
	print ">"
	print "%ECHO t"
	print "END"
}' >many.asm
awk 'BEGIN {
	printf "x"
	for (i = 0; i < 100000; i++) printf " <1"
	print " <a> z"
	printf "y"
	for (i = 0; i < 100000; i++) printf " <2"
	print ""
}' >want.txt
expect_rc_within "-t 2" 0 -q -Zs many.asm
cmp -s out.txt want.txt || cli_fail "ECHO output differs from the lines as written"
