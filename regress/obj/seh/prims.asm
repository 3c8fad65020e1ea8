; Every SEH primitive in hand-written FRAME procedures, several procs in
; one file: .PUSHREG .SETFRAME .ALLOCSTACK .SAVEREG .SAVEXMM128
; .PUSHFRAME / .PUSHFRAME CODE and .ENDPROLOG; an empty prologue; a proc
; without FRAME between FRAME procs (no .pdata entry for it).
; CHECK: llvm-readobj --unwind
; CHECK: objdump -dr -M intel
.code
full PROC FRAME
        push    rbp
        .PUSHREG rbp
        push    rbx
        .PUSHREG rbx
        push    r12
        .PUSHREG r12
        sub     rsp, 60h
        .ALLOCSTACK 60h
        lea     rbp, [rsp+30h]
        .SETFRAME rbp, 30h
        mov     [rsp+50h], rsi
        .SAVEREG rsi, 50h
        mov     [rsp+58h], rdi
        .SAVEREG rdi, 58h
        movdqa  [rsp+20h], xmm6
        .SAVEXMM128 xmm6, 20h
        movdqa  [rsp+30h], xmm15
        .SAVEXMM128 xmm15, 30h
        .ENDPROLOG
        mov     rax, rbp
        movdqa  xmm15, [rsp+30h]
        movdqa  xmm6, [rsp+20h]
        mov     rdi, [rsp+58h]
        mov     rsi, [rsp+50h]
        add     rsp, 60h
        pop     r12
        pop     rbx
        pop     rbp
        ret
full ENDP

noframe PROC
        ret
noframe ENDP

empty PROC FRAME
        .ENDPROLOG
        ret
empty ENDP

machframe PROC FRAME
        .PUSHFRAME
        .ENDPROLOG
        iretq
machframe ENDP

machframe_code PROC FRAME
        .PUSHFRAME CODE
        push    rsi
        .PUSHREG rsi
        .ENDPROLOG
        pop     rsi
        add     rsp, 8
        iretq
machframe_code ENDP

setframe0 PROC FRAME
        push    rbp
        .PUSHREG rbp
        mov     rbp, rsp
        .SETFRAME rbp, 0
        .ENDPROLOG
        pop     rbp
        ret
setframe0 ENDP

setframe240 PROC FRAME
        push    r13
        .PUSHREG r13
        sub     rsp, 0F0h
        .ALLOCSTACK 0F0h
        lea     r13, [rsp+0F0h]
        .SETFRAME r13, 0F0h
        .ENDPROLOG
        add     rsp, 0F0h
        pop     r13
        ret
setframe240 ENDP
END
