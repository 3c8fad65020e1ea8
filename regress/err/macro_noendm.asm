; A MACRO without ENDM: unmatched block nesting (A1010), reported at the
; MACRO line.
.data
ok MACRO
    DB 1
ENDM
bad MACRO a                     ; FATAL A1010
    DB a
END
