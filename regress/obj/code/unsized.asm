; Unsized memory operands next to a vector register take the size that
; every matching form agrees on, as MASM does; the oracle is GNU as on the
; twin unsized.s (GNU as infers the same sizes).
; CHECK: objdump -d -M intel
.code
        movaps  xmm1, [rax]
        vmovaps xmm1, [rax]
        vmovaps ymm1, [rax]
        vaddps  xmm0, xmm1, [rax]
        paddd   xmm0, [rax]
        paddd   mm0, [rax]
        vpaddd  zmm0, zmm1, [rax]
        movq    xmm0, [rax]
        pshufd  xmm2, [rcx+8], 1Bh
        ; ten nops make the section a multiple of 16, as GNU as pads it
        nop
        nop
        nop
        nop
        nop
        nop
        nop
        nop
        nop
        nop
END
