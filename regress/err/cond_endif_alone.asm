; ENDIF with no open IF: block nesting error (A1010).
.data
IF 1
    DB 1
ENDIF
ENDIF                           ; FATAL A1010
END
