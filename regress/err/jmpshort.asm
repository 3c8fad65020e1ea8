; `jmp short' to a label 200 bytes ahead: rel8 cannot reach it and SHORT
; forbids relaxation (ml: A2075 jump destination too far; JWasm: "Jump out
; of range by 73 byte(s)").
.code
f1 PROC
        jmp     short far1              ; ERROR A2075
        DB      200 DUP (90h)
far1:
        ret
f1 ENDP
END
