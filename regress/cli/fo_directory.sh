# -Fo may name a directory: the object goes there as <base>.obj.
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 0 -q ok.asm
mv ok.obj ref.obj
mkdir out
expect_rc 0 -q -Fo out/ ok.asm
must_exist out/ok.obj
same ref.obj out/ok.obj
mkdir out2
expect_rc 0 /nologo /c /Fo out2/ ok.asm
must_exist out2/ok.obj
must_not_exist ok.obj
