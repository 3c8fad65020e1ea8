; Macro parameter and LOCAL names match without regard to case, also
; under OPTION CASEMAP:NONE (ml64 14.12): `val` and "&val&" are the
; parameter Val, CNT is Cnt, and `there` is the LOCAL There (the byte
; $ - there is 1), not the main line's labels or constants of those
; names, in each of the three calls.
; CHECK: objdump -s -j .data
.data
m MACRO Val, Cnt
    LOCAL There
    db val, CNT, "&Val&", "&val&"
There:
    db Cnt
    db $ - there
ENDM
    m 1, 2
OPTION CASEMAP:NONE
val = 7
CNT = 9
there:
    m 3, 4
OPTION CASEMAP:NOTPUBLIC
    m 5, 6
END
