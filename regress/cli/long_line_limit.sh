# timeout: 300
# A data line too long to hold as tokens is A2042 "statement too complex"
# (ml64's message for a statement with too many tokens) after 4M tokens,
# so memory stays bounded: a 100 MB DB line took 6.5 GB (issue #17 item
# 9).  Here a 30 MB line (10M items) must fail cleanly within 1 GB of
# address space (before: about 1.7 GB); the limit is not applied to the
# sanitizer build, whose shadow memory needs more.
. "$SRC/regress/cli/lib.sh"
awk 'BEGIN {
	print ".data"
	printf "DB 1"
	for (i = 1; i < 10000000; i++) printf ",%d", i % 100
	printf "\n"
	print "END"
}' >huge.asm
expect_rc_within "-v 1000000" 1 -q -Fo huge.obj huge.asm
out_has '^huge\.asm\(2\) : error A2042: statement too complex$'
must_not_exist huge.obj
