# -Fox, -Fo x, -Fo=x, /Fo x and /Fox all name the object file, and give
# the same object.
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 0 -q ok.asm
must_exist ok.obj
expect_rc 0 -q -Foattached.obj ok.asm
expect_rc 0 -q -Fo separate.obj ok.asm
expect_rc 0 -q -Fo=equals.obj ok.asm
expect_rc 0 /nologo /Fo slashsep.obj ok.asm
expect_rc 0 /nologo /Foslashatt.obj ok.asm
for f in attached separate equals slashsep slashatt; do
	must_exist $f.obj
	same ok.obj $f.obj
done
