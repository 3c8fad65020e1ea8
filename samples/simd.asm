; simd.asm - SIMD instruction sets called from C (samples/simd.c checks
; every result against a C reference or a published test vector):
;   aes128_expand  AES-128 key expansion with aeskeygenassist (AES-NI)
;   aes128_encrypt one block, 10 rounds of aesenc/aesenclast
;   sha256_rnds2   two SHA-256 rounds with sha256rnds2 (SHA extensions)
;   sum_avx2       sum of 32-bit integers, 8 at a time in a ymm register
;   masked_sum512  sum of (p[i] + bias) over the lanes selected by a
;                  16-bit mask: opmask k1, {z}, dword bcst (AVX-512F)
; Win64 calling convention: arguments in rcx, rdx, r8, r9; only the
; volatile registers xmm0-xmm5 and zmm16-zmm31 are used.
PUBLIC aes128_expand, aes128_encrypt, sha256_rnds2, sum_avx2, masked_sum512

.code
; xmm1 = previous round key, xmm2 = aeskeygenassist result -> xmm1 = next
expand_step PROC
        pshufd  xmm2, xmm2, 0FFh
        movdqa  xmm3, xmm1
        pslldq  xmm3, 4
        pxor    xmm1, xmm3
        pslldq  xmm3, 4
        pxor    xmm1, xmm3
        pslldq  xmm3, 4
        pxor    xmm1, xmm3
        pxor    xmm1, xmm2
        ret
expand_step ENDP

; void aes128_expand(const uint8_t key[16], uint8_t round_keys[176])
aes128_expand PROC
        movdqu  xmm1, xmmword ptr [rcx]
        movdqu  xmmword ptr [rdx], xmm1
        aeskeygenassist xmm2, xmm1, 1
        call    expand_step
        movdqu  xmmword ptr [rdx+16], xmm1
        aeskeygenassist xmm2, xmm1, 2
        call    expand_step
        movdqu  xmmword ptr [rdx+32], xmm1
        aeskeygenassist xmm2, xmm1, 4
        call    expand_step
        movdqu  xmmword ptr [rdx+48], xmm1
        aeskeygenassist xmm2, xmm1, 8
        call    expand_step
        movdqu  xmmword ptr [rdx+64], xmm1
        aeskeygenassist xmm2, xmm1, 10h
        call    expand_step
        movdqu  xmmword ptr [rdx+80], xmm1
        aeskeygenassist xmm2, xmm1, 20h
        call    expand_step
        movdqu  xmmword ptr [rdx+96], xmm1
        aeskeygenassist xmm2, xmm1, 40h
        call    expand_step
        movdqu  xmmword ptr [rdx+112], xmm1
        aeskeygenassist xmm2, xmm1, 80h
        call    expand_step
        movdqu  xmmword ptr [rdx+128], xmm1
        aeskeygenassist xmm2, xmm1, 1Bh
        call    expand_step
        movdqu  xmmword ptr [rdx+144], xmm1
        aeskeygenassist xmm2, xmm1, 36h
        call    expand_step
        movdqu  xmmword ptr [rdx+160], xmm1
        ret
aes128_expand ENDP

; void aes128_encrypt(const uint8_t round_keys[176], const uint8_t in[16],
;                     uint8_t out[16])
aes128_encrypt PROC
        movdqu  xmm0, xmmword ptr [rdx]
        movdqu  xmm1, xmmword ptr [rcx]
        pxor    xmm0, xmm1
        mov     eax, 16
next_round:
        movdqu  xmm1, xmmword ptr [rcx+rax]
        aesenc  xmm0, xmm1
        add     eax, 16
        cmp     eax, 160
        jb      next_round
        movdqu  xmm1, xmmword ptr [rcx+160]
        aesenclast xmm0, xmm1
        movdqu  xmmword ptr [r8], xmm0
        ret
aes128_encrypt ENDP

; void sha256_rnds2(uint32_t cdgh_abef[4], const uint32_t abef[4],
;                   const uint32_t wk[4]): two rounds; the new A,B,E,F
;                   replace cdgh_abef
sha256_rnds2 PROC
        movdqu  xmm1, xmmword ptr [rcx]
        movdqu  xmm2, xmmword ptr [rdx]
        movdqu  xmm0, xmmword ptr [r8]
        sha256rnds2 xmm1, xmm2, xmm0
        movdqu  xmmword ptr [rcx], xmm1
        ret
sha256_rnds2 ENDP

; int32_t sum_avx2(const int32_t *p, size_t n), n a multiple of 8
sum_avx2 PROC
        vpxor   ymm0, ymm0, ymm0
        test    rdx, rdx
        jz      reduce
add8:
        vpaddd  ymm0, ymm0, ymmword ptr [rcx]
        add     rcx, 32
        sub     rdx, 8
        jnz     add8
reduce:
        vextracti128 xmm1, ymm0, 1
        vpaddd  xmm0, xmm0, xmm1
        vpshufd xmm1, xmm0, 0Eh
        vpaddd  xmm0, xmm0, xmm1
        vpshufd xmm1, xmm0, 1
        vpaddd  xmm0, xmm0, xmm1
        vmovd   eax, xmm0
        vzeroupper
        ret
sum_avx2 ENDP

; int32_t masked_sum512(const int32_t p[16], uint32_t mask, const int32_t *bias)
masked_sum512 PROC
        kmovw   k1, edx
        vmovdqu32 zmm16 {k1}{z}, zmmword ptr [rcx]
        vpaddd  zmm16 {k1}{z}, zmm16, dword bcst [r8]
        vextracti64x4 ymm17, zmm16, 1
        vpaddd  ymm16, ymm16, ymm17
        vextracti32x4 xmm17, ymm16, 1
        vpaddd  xmm16, xmm16, xmm17
        vpshufd xmm17, xmm16, 0Eh
        vpaddd  xmm16, xmm16, xmm17
        vpshufd xmm17, xmm16, 1
        vpaddd  xmm16, xmm16, xmm17
        vmovd   eax, xmm16
        vzeroupper
        ret
masked_sum512 ENDP

END
