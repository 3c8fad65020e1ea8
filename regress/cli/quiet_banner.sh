# Without -q/-nologo a banner is printed; with either nothing is printed
# for a clean source.
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 0 ok.asm
[ -s out.txt ] || cli_fail "no banner without -q"
for o in -q -nologo /nologo; do
	expect_rc 0 $o ok.asm
	out_empty
done
