; OFFSET of a register-indirect operand: not an address (ml: A2098 invalid
; operand for OFFSET; JWasm: "Invalid operand for OFFSET: [rbx]").
.code
f1 PROC
        mov     rcx, OFFSET [rbx]       ; ERROR A2098
        ret
f1 ENDP
END
