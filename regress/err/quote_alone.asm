; A lone quotation mark ending the statement (found by the fuzzer: the
; one-byte string token was read as a string of length -1).  The statement
; is dropped with one error.
.data
        DB "                            ; ERROR A2046
        DW 1, '                         ; ERROR A2046
END
