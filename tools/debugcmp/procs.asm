; procs.asm - tools/debugcheck.sh: plain, PRIVATE and FRAME procedures,
; labels inside them, public and private data labels.
.data
total   QWORD 0
limit   DWORD 10
PUBLIC limit
.code
sum3 PROC
        mov     rax, rcx
        add     rax, rdx
        add     rax, r8
done3:
        ret
sum3 ENDP

count PROC PRIVATE
        push    rbx
        xor     ebx, ebx
again:
        inc     ebx
        cmp     ebx, 5
        jb      again
        mov     eax, ebx
        pop     rbx
        ret
count ENDP

outer PROC FRAME
        push    rbp
        .pushreg rbp
        mov     rbp, rsp
        .setframe rbp, 0
        sub     rsp, 32
        .allocstack 32
        .endprolog
        call    count
        mov     total, rax
        add     rsp, 32
        pop     rbp
        ret
outer ENDP
END
