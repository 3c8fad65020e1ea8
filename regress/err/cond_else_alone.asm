; ELSE with no open IF: block nesting error (A1010).
.data
    DB 1
ELSE                            ; FATAL A1010
END
