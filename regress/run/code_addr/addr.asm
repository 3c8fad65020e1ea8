; addr.asm - issue 10 item 1: a code label written as an operand is its
; address (ml64: mov rax, printf is 48 B8 + ADDR64), so `call rax` goes to
; printf; before the fix this loaded 8 bytes of printf's code and crashed.
; Also the address of a PROC of this file (mov rcx, ...) and of a label.
EXTERN printf:PROC
PUBLIC call_through

.data
fmt     DB "printf through rax: %d", 10, 0
fmt2    DB "local proc through rcx: %d", 10, 0

.code
twice PROC
        lea     eax, [rcx+rcx]
        ret
twice ENDP

call_through PROC
        push    rbx
        sub     rsp, 20h
        lea     rcx, fmt
        mov     edx, 42
        mov     rax, printf
        call    rax
        mov     rbx, twice
        mov     ecx, 21
        call    rbx
        lea     rcx, fmt2
        mov     edx, eax
        mov     rax, [printf]
        call    rax
        add     rsp, 20h
        pop     rbx
        ret
call_through ENDP
END
