; PURGE empties a macro: a later call expands to nothing, and the name can
; be defined as a macro again.
; CHECK: objdump -s -j .data
.data
gone MACRO
    DB 0BBh
ENDM
    gone
    PURGE gone
    gone
    DB 1
gone MACRO
    DB 0CCh
ENDM
    gone
END
