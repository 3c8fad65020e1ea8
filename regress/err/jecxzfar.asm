; JECXZ has only a rel8 form: a target 200 bytes ahead is an error (ml:
; A2075; JWasm: "Jump out of range by 73 byte(s)").
.code
f1 PROC
        jecxz   fwd                     ; ERROR A2075
        DB      200 DUP (90h)
fwd:
        ret
f1 ENDP
END
