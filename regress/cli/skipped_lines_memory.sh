# timeout: 300
# Lines the preprocessor consumes without handing them to the parser (a
# false IF block, directives, definitions) kept their tokens in the line
# arena until the next statement: a loop of nothing but skipped lines grew
# without bound (a fuzzer input reached 3.9 GB before the expansion limit;
# issue #17).  Here 2.2M skipped lines in one REPT (before: 2.3 GB) must
# assemble within 300 MB of address space; the limit is not applied to the
# sanitizer build, whose shadow memory needs more.
. "$SRC/regress/cli/lib.sh"
awk 'BEGIN {
	print "REPT 100000"
	print "  IF 0"
	for (i = 1; i <= 20; i++) printf "  DB %d, 2, 3, 4, 5, 6, 7, 8\n", i
	print "  ENDIF"
	print "ENDM"
	print ".data"
	print "DB 7"
	print "END"
}' >skip.asm
expect_rc_within "-v 300000" 0 -q -Fo skip.obj skip.asm
expect_sec_bytes skip.obj .data '07 '
