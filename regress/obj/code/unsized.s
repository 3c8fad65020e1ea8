        .intel_syntax noprefix
        .text
        movaps  xmm1, [rax]
        vmovaps xmm1, [rax]
        vmovaps ymm1, [rax]
        vaddps  xmm0, xmm1, [rax]
        paddd   xmm0, [rax]
        paddd   mm0, [rax]
        vpaddd  zmm0, zmm1, [rax]
        movq    xmm0, [rax]
        pshufd  xmm2, [rcx+8], 0x1b
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
