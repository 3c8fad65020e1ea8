# JWasm and ml64 spellings freely mixed in one command line give the
# same object as either style alone.
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 0 -q -win64 -Fo jw.obj ok.asm
expect_rc 0 /nologo /c /Fo ml.obj ok.asm
expect_rc 0 -nologo /c -win64 /W3 -Fo=mix.obj /Fl mix.lst -W2 ok.asm
same jw.obj ml.obj
same jw.obj mix.obj
must_exist mix.lst
