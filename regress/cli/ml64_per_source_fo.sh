# /Fo names the object of the sources that follow it, as ml64 parses its
# command line.  A /Fo after the last source (JWasm's order-free style)
# names the sources that had none before them; ml64 ignores it.  One object
# name for two sources is an error (ml64 overwrites the first silently).
# oracle: ml64 14.12 under wine (objects told apart by their public symbol):
#   ml64 /nologo /Fo a1.obj /c a.asm /Fo b1.obj /c b.asm -> a1.obj (astart), b1.obj (bstart)
#   ml64 /nologo /c a.asm /Fo x.obj b.asm                -> a.obj, x.obj (bstart)
#   ml64 /nologo /c /Fo x.obj a.asm b.asm                -> x.obj only (written twice)
. "$SRC/regress/cli/lib.sh"
write_ok
sed 's/start/astart/g' ok.asm >a.asm
sed 's/start/bstart/g' ok.asm >b.asm
has_sym() { grep -q "$2" "$1" || cli_fail "$1 does not define $2"; }
expect_rc 0 /nologo /Fo a1.obj /c a.asm /Fo b1.obj /c b.asm
must_exist a1.obj b1.obj
must_not_exist a.obj b.obj
has_sym a1.obj astart
has_sym b1.obj bstart
rm -f ./*.obj
expect_rc 0 /nologo /c a.asm /Fo x.obj b.asm
must_exist a.obj x.obj
must_not_exist b.obj
has_sym a.obj astart
has_sym x.obj bstart
rm -f ./*.obj
expect_rc 2 /nologo /c /Fo x.obj a.asm b.asm
out_has 'A1907'
must_not_exist x.obj a.obj b.obj
# JWasm style: a trailing -Fo
expect_rc 0 -q a.asm -Fo y.obj
must_exist y.obj
has_sym y.obj astart
# /Ta sources take the /Fo before them too (ml64 /nologo /c /Fo a1.obj
# /Ta a.asm /Fo b1.obj /Ta b.asm -> a1.obj, b1.obj)
rm -f ./*.obj
expect_rc 0 /nologo /c /Fo a1.obj /Ta a.asm /Fo b1.obj /Ta b.asm
has_sym a1.obj astart
has_sym b1.obj bstart
