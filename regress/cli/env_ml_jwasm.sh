# Options are also read from the ML and JWASM environment variables.
. "$SRC/regress/cli/lib.sh"
write_ok
ML="-Fo fromml.obj" expect_rc 0 -q ok.asm
must_exist fromml.obj
must_not_exist ok.obj
JWASM="/Fl fromjw.lst" expect_rc 0 -q ok.asm
must_exist fromjw.lst ok.obj
rm -f ok.obj
ML="-nologo" expect_rc 0 ok.asm
out_empty
must_exist ok.obj
