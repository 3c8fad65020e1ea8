; Listing of code and data produced by macro expansions, repeat blocks,
; macro functions and conditional blocks: every byte they generate must be
; listed once at its address (check.sh), whatever the listing controls
; (.LISTMACROALL .NOLISTMACRO .LISTMACRO .LISTIF .NOLISTIF .LISTALL).
; Under .LISTMACROALL the expanded statement (parameter substituted) is
; listed (MASM: .LISTMACROALL lists all statements of an expansion).
; LSTGREP: ^[0-9A-F]{8} 0101 .*DB 1, 1$
.data
m1 MACRO a
    LOCAL l
l   DB a, a
ENDM
two MACRO x
    EXITM %(x * 2)
ENDM
.LISTMACROALL
    m1 1
.NOLISTMACRO
    m1 2
.LISTMACRO
    m1 3
    DB two(4), two(two(1))
.LISTIF
IF 0
    DB 0EEh
ELSE
    DB 0F0h
ENDIF
.NOLISTIF
IFDEF nosuch
    DB 0EEh
ENDIF
.LISTALL
FOR x, <5, 6, 7>
    DW x
ENDM
.code
    REPT 3
    nop
    ENDM
    FORC r, <ab>
    inc r&l
    ENDM
    m1 9
END
