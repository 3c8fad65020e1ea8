# A leading '/' is always an option (never a file name), on every host;
# but an absolute Unix path to an existing file is a source file.
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 0 /nologo /c "$PWD/ok.asm"
must_exist ok.obj
rm ok.obj
expect_rc 0 /nologo /c /Fo "$PWD/abs.obj" "$PWD/ok.asm"
must_exist abs.obj
# /c etc. must not be read as files even when a file of that name exists
touch c nologo
expect_rc 0 /nologo /c ok.asm
out_empty
must_exist ok.obj
# an unknown /word is an unknown option (warning A4018, as ml64), not a
# missing file
expect_rc 0 /nologo /Qbogus ok.asm
out_has 'A4018'
out_lacks 'cannot open'
