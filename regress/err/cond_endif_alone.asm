; ENDIF with no open IF: block nesting error (A1010).
.data
IF 1
    DB 1
ENDIF
ENDIF                           ; ERROR A1010
END
