# -Fl, -Flfile, -Fl=file, -Fl file.lst and /Fl file.lst (a separate
# argument, as MSBuild passes it) all write a listing; the object is
# unaffected by the listing option.
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 0 -q ok.asm
mv ok.obj ref.obj
expect_rc 0 -q -Fl ok.asm
must_exist ok.lst ok.obj
same ref.obj ok.obj
expect_rc 0 -q -Flatt.lst ok.asm
must_exist att.lst
expect_rc 0 -q -Fl=eq.lst ok.asm
must_exist eq.lst
expect_rc 0 -q -Fl sep.lst ok.asm
must_exist sep.lst
must_not_exist ok.lst.obj sep.obj
expect_rc 0 /nologo /c /Fo x.obj /Fl x.lst /Ta ok.asm
must_exist x.obj x.lst
same ref.obj x.obj
for f in ok att eq sep x; do
	grep -q 'mov *eax, val' $f.lst || cli_fail "$f.lst does not list the source"
done
