; A register in an arithmetic expression outside brackets (ml: A2032
; invalid use of register; JWasm says the same text).
.code
f1 PROC
        mov     rcx, rax + 5            ; ERROR A2032
        ret
f1 ENDP
END
