; Operands that no form of the instruction accepts.
.code
f1 PROC
        add     [rax], [rbx]            ; ERROR A2070
        mov     eax, bl                 ; ERROR A2022
        lea     eax, ebx                ; ERROR A2070
        ret
f1 ENDP
END
