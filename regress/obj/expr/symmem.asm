; Memory operands with a data label: `x[rbx]', `x[rbx+rcx*4]', `[x+rbx+4]'
; use an absolute disp32 (ADDR32, addend in place); without a register the
; label is RIP-relative (REL32), also with PTR and `x+8'.
; (`[rip+x]' is not here: JWasm rejects rip; ml64 behavior unverified.)
; CHECK: objdump -dr -M intel
.code
f1 PROC
        mov     eax, x[rbx]
        mov     eax, x[rbx+rcx*4]
        mov     eax, [x+rbx+4]
        mov     eax, 4[rbx][x]
        mov     rax, qword ptr [x]
        mov     rax, qword ptr x+8
        mov     al, byte ptr x[rcx]
        lea     rdx, [x]
        lea     rdx, x[rdx]
        ret
f1 ENDP
.data
x       DD 5, 6, 7, 8
END
