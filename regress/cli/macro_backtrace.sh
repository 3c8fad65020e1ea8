# An error in a line expanded from a macro is located at the main-line
# statement that called it, followed by one ` name(n): Macro Called From'
# line per macro level (innermost first; n = line in the macro body) and
# `  file(line): Main Line Code' (ml64's format, two leading blanks).
# Lines by hand: inner's body line 1 holds the error, outer calls inner
# from its body line 2, the main line 13 calls outer.
. "$SRC/regress/cli/lib.sh"
cat >bt.asm <<'ASM'
; backtrace
.data
inner MACRO
    DB nosuch
ENDM
outer MACRO
    DB 1
    inner
ENDM
    DB 0
    DB 1
    DB 2
    outer
    DB 3
END
ASM
expect_rc 1 -q bt.asm
must_not_exist bt.obj
tr -d '\r' <out.txt >got.txt
cat >want.txt <<'TXT'
bt.asm(13) : error A2006: undefined symbol : nosuch
 inner(1): Macro Called From
 outer(2): Macro Called From
  bt.asm(13): Main Line Code
TXT
diff want.txt got.txt || cli_fail "backtrace differs (want.txt vs got.txt above)"
# a repeat block inside a macro: still the main line
cat >bt2.asm <<'ASM'
.data
m MACRO
  REPT 1
    DB nosuch2
  ENDM
ENDM
    m
END
ASM
expect_rc 1 -q bt2.asm
out_has '^bt2\.asm\(7\) : error A2006: undefined symbol : nosuch2'
out_has '^ m\([0-9]+\): Macro Called From'
out_has '^  bt2\.asm\(7\): Main Line Code'
