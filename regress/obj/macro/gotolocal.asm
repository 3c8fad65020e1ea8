; GOTO to a macro label written with a LOCAL name or a parameter: the
; `:label' line is substituted like any body line, so `GOTO l' (which
; becomes `GOTO ??nnnn') finds `:l' (also `:??nnnn').  Macro labels
; compare without regard to case, also under OPTION CASEMAP:NONE.
; ml64 14.12: 01 02 | 05 04 | 07.  (Two `:x' lines with one name crash
; ml64 14.12 with A1016; not tested.)
; CHECK: objdump -s -j .data
option casemap:none
.data
skipit MACRO cond, v
    LOCAL past
    IF cond
      GOTO past
    ENDIF
    DB 0EEh
:past
    DB v
ENDM
    skipit 1, 1
    skipit 1, 2

byparam MACRO where, v
    GOTO where
    DB 0EEh
:where
    DB v
ENDM
    byparam THERE, 5
    byparam Yonder, 4

caseless MACRO
    LOCAL Again, n
    n = 5
:AGAIN
    n = n + 1
    IF n LT 7
      goto again
    ENDIF
    DB n
ENDM
    caseless
END
