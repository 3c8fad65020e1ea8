; Item 14 of issue 11: an EQU repeated with the same value is accepted
; (Windows headers define many constants twice); another value is A2005
; (regress/err/lang_equdiff.asm).
; CHECK: objdump -s -j .data
limit EQU 720
limit EQU 720
base_v EQU 102h
alias_v EQU base_v
base_v EQU alias_v
limit EQU 2D0h
.data
dd limit, base_v
END
