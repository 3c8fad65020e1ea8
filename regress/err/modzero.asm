; MOD by zero in an instruction's immediate (ml: A2169 divide by zero in
; expression; JWasm says the same text).
.code
f1 PROC
        mov     eax, 7 MOD 0            ; ERROR A2169
        ret
f1 ENDP
END
