; PUBLIC names a symbol that is never defined.  ml reports A2006 undefined
; symbol; JWasm reports it on the PUBLIC line, as we expect here.
PUBLIC nothere                          ; ERROR A2006
.code
f1 PROC
        ret
f1 ENDP
END
