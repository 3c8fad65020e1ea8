; A section may not grow past 1 GiB (ORG moves the location counter
; without using memory).
.data
        ORG 40000000h
        DB 1                            ; FATAL A1903
END
