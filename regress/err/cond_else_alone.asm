; ELSE with no open IF: block nesting error (A1010).
.data
    DB 1
ELSE                            ; ERROR A1010
END
