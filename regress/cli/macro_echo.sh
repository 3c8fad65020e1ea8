# ECHO and %OUT write their text to stdout, one line each, in source order.
# Expected lines by hand from the MASM rules (JWasm 2.21 prints the same):
# ECHO does not expand text macros unless the line starts with `%';
# macro parameters and FOR items are substituted; a skipped IF block
# prints nothing; the object is still written (status 0).
. "$SRC/regress/cli/lib.sh"
cat >echo.asm <<'ASM'
tm TEXTEQU <expanded>
ECHO plain text, with commas
%OUT percent out
ECHO tm not expanded
% ECHO tm is @CatStr(<ok>, <!!>)
IF 0
ECHO skipped
ENDIF
say MACRO what
    ECHO say: what
ENDM
    say hello
FOR x, <1, 2>
    ECHO item x
ENDM
.data
    DB 1
END
ASM
cat >want.txt <<'TXT'
plain text, with commas
percent out
tm not expanded
expanded is ok!
say: hello
item 1
item 2
TXT
expect_rc 0 -q echo.asm
must_exist echo.obj
tr -d '\r' <out.txt >got.txt
diff want.txt got.txt || cli_fail "ECHO/%OUT output differs (want.txt vs got.txt above)"
