; An immediate that does not fit the operand size.
.code
f1 PROC
        mov     al, 300                 ; ERROR A2084
        ret
f1 ENDP
END
