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
# With /WX (before or after it) a command-line warning fails the run and
# leaves no object, as in ml64 14.12:
#   ml64 /c /nologo /WX /bogus ok.asm, ml64 /c /nologo /bogus /WX ok.asm,
#   ml64 /c /nologo /WX /Zp3 ok.asm -> the warning, exit 1, no ok.obj;
#   ml64 /c /nologo /WX /Gy ok.asm -> ok.obj (our A4901 note does not count)
echo stale >ok.obj
expect_rc 1 -q -WX /bogus ok.asm
out_has 'warning A4018: invalid command-line option : /bogus'
must_not_exist ok.obj
expect_rc 1 -q /bogus /WX ok.asm
must_not_exist ok.obj
expect_rc 1 -q /WX /Zp3 ok.asm
out_has 'warning A4008'
must_not_exist ok.obj
expect_rc 0 -q /WX /Gy ok.asm
must_exist ok.obj
