# ECHO and %OUT text ends at the first ';' as in ml64 14.12, also inside
# <...> or quotes and in text a % line substituted
# (want.txt is ml64's output for this source).  Since a ';' inside <...>
# is text for macro arguments, `ECHO x <y ; z> w` printed the whole line.
. "$SRC/regress/cli/lib.sh"
cat >echo.asm <<'ASM'
ECHO x <y ; z> w
%OUT p <q ; r> s
ECHO "a;b" c
t TEXTEQU <u ; v>
% ECHO t
.data
    DB 1
END
ASM
cat >want.txt <<'TXT'
x <y
p <q
"a
u
TXT
expect_rc 0 -q echo.asm
tr -d '\r' <out.txt >got.txt
diff want.txt got.txt || cli_fail "ECHO/%OUT output differs (want.txt vs got.txt above)"
