; two .ELSE clauses in one .IF: A2002
.code
f PROC
        .IF eax
        .ELSE
        .ELSE                   ; ERROR A2002
        .ENDIF
        ret
f ENDP
END
