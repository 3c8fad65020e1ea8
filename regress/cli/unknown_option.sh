# An unknown option is an error with exit status 2, in either style, and
# nothing is assembled.
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 2 -q -bogus ok.asm
must_not_exist ok.obj
expect_rc 2 /nologo /bogus ok.asm
must_not_exist ok.obj
out_has 'bogus'
expect_rc 2 -q --no-such-option ok.asm
must_not_exist ok.obj
