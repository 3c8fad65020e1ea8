# -e N stops after N errors (-eN and -e N alike); without it all errors
# are reported.  Either way the status is non-zero and no object is left.
. "$SRC/regress/cli/lib.sh"
{
	echo ".code"
	for i in 1 2 3 4 5 6 7 8; do echo "        mov eax, undefined$i"; done
	echo "END"
} >many.asm
count() { grep -c 'many\.asm([0-9]*) : error A' out.txt; }
expect_rc 1 -q many.asm
[ "$(count)" -eq 8 ] || { cat out.txt; cli_fail "expected 8 errors without -e, got $(count)"; }
for e in "-e 3" "-e3"; do
	stale many.obj
	# shellcheck disable=SC2086
	expect_fail -q $e many.asm
	n=$(count)
	[ "$n" -ge 1 ] && [ "$n" -le 3 ] || { cat out.txt; cli_fail "$e: $n errors reported, expected 1..3"; }
	must_not_exist many.obj
done
# -e takes a count: a word or a negative number is a usage error (exit 2),
# not "-e 0" (issue 15 item 7)
for e in "-e x" "-e -5" "-e"; do
	stale many.obj
	# shellcheck disable=SC2086
	expect_rc 2 -q $e many.asm
	out_has 'A1013'
	grep -q stale many.obj || cli_fail "$e: many.obj touched"
done
