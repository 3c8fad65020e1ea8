; LOOP has only a rel8 form: a target 200 bytes back is an error (ml: A2075
; jump destination too far; JWasm: "Jump out of range by 74 byte(s)").
.code
f1 PROC
back:
        DB      200 DUP (90h)
        loop    back                    ; ERROR A2075
        ret
f1 ENDP
END
