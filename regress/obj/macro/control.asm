; A macro that defines a macro (nested MACRO/ENDM in the body),
; redefinition (the later body wins), recursion ended by an IF, and a
; recursive macro function.
; CHECK: objdump -s -j .data
.data
; a macro defining a macro
maker MACRO mname, val
mname MACRO
    DB val, val
ENDM
ENDM
    maker made1, 11h
    maker made2, 22h
    made1
    made2

; redefinition: the new body replaces the old one
redef MACRO
    DB 1
ENDM
    redef
redef MACRO
    DB 2
ENDM
    redef

; recursion with a termination IF: DB n, n-1, ..., 1
countdown MACRO n
    DB n
    IF n GT 1
      countdown %(n - 1)
    ENDIF
ENDM
    countdown 5

; recursive macro function: factorial
fact MACRO n
    IF n LE 1
      EXITM <1>
    ENDIF
    EXITM %(n * fact(%(n - 1)))
ENDM
    DW fact(5), fact(1)
END
