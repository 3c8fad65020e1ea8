# Without -Fo the object is <base>.obj in the current directory (as ml64),
# never next to the source; -Fl alone makes <base>.lst there too.
. "$SRC/regress/cli/lib.sh"
mkdir -p a/b
write_ok a/b/prog.asm
expect_rc 0 -q -Fl a/b/prog.asm
must_exist prog.obj prog.lst
must_not_exist a/b/prog.obj a/b/prog.lst
rm -f prog.obj prog.lst
expect_rc 0 /nologo /c /Fl a/b/prog.asm
must_exist prog.obj prog.lst
must_not_exist a/b/prog.obj a/b/prog.lst
