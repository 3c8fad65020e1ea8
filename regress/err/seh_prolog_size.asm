; A prologue of 256 bytes or more (offsets in UNWIND_INFO are one byte):
; A2247, on the .ENDPROLOG line (where JWasm 2.21 reports it; its A2258).
; 37 movs of 7 bytes = 259 bytes, then push rbx: prologue of 260 bytes.
.code
f PROC FRAME
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        mov     rax, 12345678h
        push    rbx
        .PUSHREG rbx
        .ENDPROLOG                      ; ERROR A2247
        pop     rbx
        ret
f ENDP
END
