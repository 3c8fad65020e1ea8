; Words ml64 14.12 still takes as names (issue 11): the language types
; as data and code labels, ADDR as a macro parameter.  VARARG, ADDR and
; CODE as names are errors (regress/err/reserved_*.asm).
; CHECK: objdump -s -j .data
m       MACRO   addr
        db      addr
        ENDM
_DATA SEGMENT
c       dd      1
basic   dd      2
pascal  dd      3
fortran dd      4
cdecl   dd      5
        m       6
        dd      c, stdcall
_DATA ENDS
_TEXT SEGMENT
stdcall::
        ret
_TEXT ENDS
END
