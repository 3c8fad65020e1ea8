; newisa.asm - instruction families added in issue 14, called from C
; (samples/newisa.c checks each result against a C reference):
;   fp16_axpy    y[i] = a*x[i] + y[i] on 32 halves (AVX512-FP16: map 6
;                vfmadd231ph with a word bcst), widened to floats with
;                vcvtph2psx
;   vnni_dot     sum of u8*s8 products with {vex} vpdpbusd (AVX-VNNI)
;   bf16_dot     sum of bf16 pair products with vdpbf16ps (AVX512-BF16)
;   copy64       a 64-byte direct store with movdir64b (MOVDIR64B)
; Win64 calling convention; only volatile registers (xmm0-5, zmm16-31).
PUBLIC fp16_axpy, vnni_dot, bf16_dot, copy64

.code
; void fp16_axpy(const uint16_t *a, const uint16_t x[32], const uint16_t y[32],
;                float out[32])
fp16_axpy PROC
        vmovdqu16   zmm16, zmmword ptr [rdx]
        vmovdqu16   zmm17, zmmword ptr [r8]
        vfmadd231ph zmm17, zmm16, word bcst [rcx]
        vcvtph2psx  zmm18, ymm17
        vmovups     zmmword ptr [r9], zmm18
        vextracti64x4 ymm19, zmm17, 1
        vcvtph2psx  zmm18, ymm19
        vmovups     zmmword ptr [r9+64], zmm18
        vzeroupper
        ret
fp16_axpy ENDP

; int32_t vnni_dot(const uint8_t a[32], const int8_t b[32])
vnni_dot PROC
        vmovdqu     ymm1, ymmword ptr [rcx]
        vpxor       xmm0, xmm0, xmm0
        {vex} vpdpbusd ymm0, ymm1, ymmword ptr [rdx]
        vextracti128 xmm1, ymm0, 1
        vpaddd      xmm0, xmm0, xmm1
        vpshufd     xmm1, xmm0, 0EEh
        vpaddd      xmm0, xmm0, xmm1
        vpshufd     xmm1, xmm0, 55h
        vpaddd      xmm0, xmm0, xmm1
        vmovd       eax, xmm0
        vzeroupper
        ret
vnni_dot ENDP

; float bf16_dot(const uint16_t a[32], const uint16_t b[32])
bf16_dot PROC
        vmovdqu16   zmm16, zmmword ptr [rcx]
        vpxord      zmm17, zmm17, zmm17
        vdpbf16ps   zmm17, zmm16, zmmword ptr [rdx]
        vextractf64x4 ymm18, zmm17, 1
        vaddps      ymm17, ymm17, ymm18
        vextractf32x4 xmm18, ymm17, 1
        vaddps      xmm17, xmm17, xmm18
        vmovaps     xmm0, xmm17
        vhaddps     xmm0, xmm0, xmm0
        vhaddps     xmm0, xmm0, xmm0
        vzeroupper
        ret
bf16_dot ENDP

; void copy64(void *dst64 /* 64-byte aligned */, const void *src)
copy64 PROC
        movdir64b   rcx, [rdx]
        sfence
        ret
copy64 ENDP
END
