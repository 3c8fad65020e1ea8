; Operands that no form of the instruction accepts.
.code
f1 PROC
        mov     eax, bl                 ; ERROR A2070
        ret
f1 ENDP
END
