; A REPT count over the iteration limit is refused before it runs.
.data
REPT 2000000                            ; ERROR A2084
        DB 0
ENDM
END
