; Listing bytes of instructions: RIP-relative and external references
; (relocated fields marked r), immediates of every size, long
; instructions that take two rows, and PROCs in two code sections.
; LSTGREP: ^[0-9A-F]{8} E800000000r
; LSTGREP: ^[0-9A-F]{8} 488D0D00000000r
EXTERN printf:PROC
.data
var     DQ 0
.code
f1 PROC
        push    rbx
        mov     rbx, 1122334455667788h
        mov     eax, DWORD PTR var
        mov     QWORD PTR [var], 12345678h
        lea     rcx, var
        mov     QWORD PTR [rsp+rax*8+12345678h], -1
        add     r15, 7Fh
        add     r15, 80h
        imul    eax, ebx, 1000
        call    printf
        call    f2
        pop     rbx
        ret
f1 ENDP
.code other
f2 PROC
        xor     eax, eax
        ret
f2 ENDP
.code
f3 PROC
        mov     rax, OFFSET f2
        ret
f3 ENDP
END
