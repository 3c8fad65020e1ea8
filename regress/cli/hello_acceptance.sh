# The foundation issue's acceptance check: JWasm style writes hello.obj in
# the current directory, and the ml64 command line MSBuild uses gives the
# same bytes.
. "$SRC/regress/cli/lib.sh"
mkdir src
cp "$SRC/samples/hello.asm" src/hello.asm
expect_rc 0 -win64 src/hello.asm
must_exist hello.obj
must_not_exist src/hello.obj
expect_rc 0 /nologo /c /Fo h2.obj /Ta src/hello.asm
must_exist h2.obj
same hello.obj h2.obj
# and straight from the samples directory, as in the issue (the .file
# symbol may record the path as given, so compare like with like)
rm hello.obj
existed=no
[ -e "$SRC/samples/hello.obj" ] && existed=yes
expect_rc 0 -win64 "$SRC/samples/hello.asm"
must_exist hello.obj
[ "$existed" = yes ] || must_not_exist "$SRC/samples/hello.obj"
expect_rc 0 /nologo /c /Fo h3.obj /Ta "$SRC/samples/hello.asm"
same hello.obj h3.obj
