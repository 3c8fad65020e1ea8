# -Cp (and /Cp) make names case-sensitive; by default (and with -Cu)
# Abc and abc are the same symbol.  -Cx (/Cx) is accepted.
. "$SRC/regress/cli/lib.sh"
cat >case.asm <<'ASM'
.code
Abc:    nop
abc:    nop
END
ASM
expect_rc 1 -q case.asm
out_has 'A2005'
for o in -Cp /Cp; do
	rm -f case.obj
	expect_rc 0 -q $o case.asm
	must_exist case.obj
done
expect_rc 1 -q -Cu case.asm
write_ok
expect_rc 0 -q -Cx ok.asm
expect_rc 0 /nologo /Cx ok.asm
