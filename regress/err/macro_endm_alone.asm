; ENDM with no MACRO, REPT, FOR or WHILE open: ml64's fatal A1008
; "unmatched macro nesting".
; oracle: ml64 14.12 (wine ml64 /c macro_endm_alone.asm)
.data
    DB 1
ENDM                            ; FATAL A1008
    DB 2
END
