# An unknown option is warning A4018 and assembly goes on, as ml64 does (a
# flag a build system adds to every compiler must not stop the build).
# oracle: ml64 14.12 under wine:
#   ml64 /c /nologo /bogus ok.asm
#   -> "MASM : warning A4018:invalid command-line option : /bogus", ok.obj, exit 0
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 0 -q -bogus ok.asm
must_exist ok.obj
out_has 'warning A4018: invalid command-line option : -bogus'
rm ok.obj
expect_rc 0 /nologo /bogus ok.asm
must_exist ok.obj
out_has 'A4018.*/bogus'
out_lacks 'cannot open'
rm ok.obj
expect_rc 0 -q --no-such-option ok.asm
must_exist ok.obj
# with -WX the warning does not turn into a failure of the sources
expect_rc 0 -q -WX /bogus ok.asm
