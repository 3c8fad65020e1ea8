; ARGS: -e 1
; The error limit reached in the middle of a data statement (found by the
; fuzzer: the fatal error jumped out while the statement's buffers were
; allocated, and they leaked).  The run now stops after the statement.
.data
        DB 1, 300, 2, 3                 ; ERROR A2071 ; FATAL A1012
        DB 4
END
