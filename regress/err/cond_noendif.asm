; An IF left open at the end of the file: unmatched block nesting (A1010),
; reported at the IF.
.data
IF 1
    DB 1
ENDIF
IF 1                            ; ERROR A1010
    DB 2
END
