; A DUP over the section limit (1 GiB) is refused before any memory is
; used, also when the count comes from nested DUPs.
.data
        DB 10000h DUP (10000h DUP (0))  ; ERROR A2918
        DB 1, 2, 40000000h DUP (0)      ; ERROR A2918
END
