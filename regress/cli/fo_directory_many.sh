# -Fo naming a directory serves several sources, with or without a
# trailing separator (one function decides what a directory is; issue 15
# item 12: `-Fo dir a.asm b.asm` failed while `-Fo dir a.asm` worked).
# oracle: ml64 14.12 under wine: ml64 /c /nologo /Fo out\ a.asm b.asm
#   -> out\a.obj and out\b.obj.  (ml64 /Fo out, an existing directory
#   without the separator, writes out.obj twice; we write into out/, as
#   the README documents for -Fo dir.)
. "$SRC/regress/cli/lib.sh"
write_ok a.asm
write_ok b.asm
mkdir out out2
expect_rc 0 -q -Fo out a.asm b.asm
must_exist out/a.obj out/b.obj
expect_rc 0 -q -Fo out2/ a.asm b.asm
must_exist out2/a.obj out2/b.obj
# a file name for several sources is refused, and nothing is written
expect_rc 2 -q -Fo one.obj a.asm b.asm
must_not_exist one.obj
# -Fl with several sources: one listing each, or an error for one name
expect_rc 0 -q -Fl a.asm b.asm
must_exist a.lst b.lst
expect_rc 2 -q -Fl one.lst a.asm b.asm
out_has 'A1907'
must_not_exist one.lst
