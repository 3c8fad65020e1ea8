; An IF left open at the end of the file: unmatched block nesting (A1010,
; "if-else"), fatal, reported at the END line as ml64 14.12 does.
; oracle: ml64 14.12 (wine ml64 /c cond_noendif.asm)
.data
IF 1
    DB 1
ENDIF
IF 1
    DB 2
END                             ; FATAL A1010
