# /Ta names a source whatever its extension; the object takes its base
# name.  -Ta works too, and /Ta mixes with plain file names.
. "$SRC/regress/cli/lib.sh"
write_ok prog.s
write_ok other.asm
expect_rc 0 /nologo /Ta prog.s
must_exist prog.obj
rm prog.obj
expect_rc 0 -q -Taprog.s other.asm
must_exist prog.obj other.obj
