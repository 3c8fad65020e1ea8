; Macro argument parsing as ml64 does it: <> groups commas and blanks into
; one argument, ! escapes the next character (!> !, !!), %expr passes the
; value of a constant expression as decimal text, &param& substitutes
; inside words and quoted strings, empty arguments are blank (IFB).
; CHECK: objdump -s -j .data
.data
base LABEL BYTE
count2 MACRO a, b
    DB a
    IFB <b>
      DB 0B0h
    ELSE
      DB b
    ENDIF
ENDM
    count2 <1, 2>               ; one argument "1, 2": DB 1, 2 / B0
    count2 <3>, <4>             ; DB 3 / DB 4
    count2 5,                   ; trailing comma: b blank

mstr MACRO t
    DB "&t&"
ENDM
    mstr <a!>b>                  ; a>b
    mstr <x!,y>                  ; x,y
    mstr <p!!q>                  ; p!q

val MACRO v
    DB "v=&v&", v
ENDM
K = 6
    val %K*7                    ; "v=42", 42
    val %(K + 1)                ; "v=7", 7

paste MACRO pre, post
pre&_lbl&post DB 77h
    DB pre&_lbl&post - base   ; offset of the pasted label
ENDM
    paste my, 1                 ; label my_lbl1
    paste my, 2

quoted MACRO q
    DB q, 0
ENDM
    quoted "a,b"                ; a string is one argument
    quoted 'c d'
END
