# Command-line messages come from include/diag.def with ml64's numbers:
# a missing source is fatal A1017, an option without its argument fatal
# A1023 (exit status 2, nothing assembled).  No row may print an
# A-number of its own: these come from include/diag.def.
# oracle: ml64 14.12 under wine:
#   ml64 /nologo /c          -> MASM : fatal error A1017:missing source filename
#   ml64 /nologo /c /Fo      -> MASM : fatal error A1023:command-line option requires an argument : /Fo
#   (also /I, /D, /Ta)
# -e is JWasm's (ml64 has none): a value that is not a number (-e x,
# -e -5) is ml64's fatal A1013 (its message for a bad numeric argument,
# `ml64 /nologo /c /Sl ok.asm`), not atoi's 0 (= no limit).
. "$SRC/regress/cli/lib.sh"
write_ok
expect_rc 2 -q
out_has '^asm : fatal error A1017: missing source filename$'
for o in -Fo /Fo -I /I -D /D -Ta /Ta; do
	expect_rc 2 -q "$o"
	out_has "^asm : fatal error A1023: command-line option requires an argument : $o\$"
done
for v in x -5 3x; do
	expect_rc 2 -q -e "$v" ok.asm
	out_has "^asm : fatal error A1013: invalid numerical command-line argument"
	must_not_exist ok.obj
done
expect_rc 0 -q -e 0 ok.asm
must_exist ok.obj
