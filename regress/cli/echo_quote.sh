# ECHO text with an unpaired quote is shown as written, up to a comment,
# with no error (ml64 14.12 prints "it's here" and assembles the file;
# asm said A2046).  A skipped IF block still prints nothing.
. "$SRC/regress/cli/lib.sh"
cat >q.asm <<'ASM'
ECHO it's here
%ECHO don't ; a comment
IF 0
ECHO skipped's
ENDIF
.data
    DB 1
END
ASM
cat >want.txt <<'TXT'
it's here
don't
TXT
expect_rc 0 -q q.asm
must_exist q.obj
tr -d '\r' <out.txt >got.txt
diff want.txt got.txt || cli_fail "ECHO output differs (want.txt vs got.txt above)"
