; INVOKE of a symbol without a prototype (EXTERN :PROC, a code label):
; A2190.  A PROC is its own prototype (`invoke p, 1` of a PROC without
; parameters is A2136 instead), as in JWasm.
EXTERN ex:PROC
.code
h PROC
        invoke  ex, 1                   ; ERROR A2190
        ret
h ENDP
END
