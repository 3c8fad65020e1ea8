; issue 10 items 10 and 11: 64-bit and far forms found in real code, with
; the bytes ml64 writes (REX.W on invept/invvpid/invpcid, on r64 results of
; pmovmskb/movmskps/pextrw and on qword movd; mov Sreg, r64; fword far
; call/jmp; mov Sreg, m16 without 66).
; CHECK: objdump -dr -M intel
.code
f PROC
        invept  rax, oword ptr [rcx]
        invvpid rax, oword ptr [rcx]
        invpcid rdx, oword ptr [r9]
        mov     ds, rax
        mov     es, rbx
        mov     ds, ax
        mov     ds, eax
        mov     ds, word ptr [rax]
        mov     ax, ds
        movd    rax, xmm0
        movd    xmm1, rcx
        movd    xmm0, qword ptr [rax]
        movd    qword ptr [rax], xmm0
        movd    mm0, qword ptr [rax]
        movd    qword ptr [rax], mm0
        movq    rax, xmm0
        pmovmskb rax, xmm0
        pmovmskb eax, xmm0
        pmovmskb rax, mm0
        movmskps rax, xmm1
        movmskpd r8, xmm2
        pextrw  rax, xmm0, 1
        pextrw  rcx, mm3, 2
        call    fword ptr [rax]
        jmp     fword ptr [rax]
        call    qword ptr [rax]
        jmp     qword ptr [rbx]
        ret
f ENDP
END
