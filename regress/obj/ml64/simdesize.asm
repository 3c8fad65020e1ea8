; Issue 11: memory operands of another size than the form's, beyond the
; three-operand VEX forms of vexesize.asm.  ml64 14.12 takes, for legacy
; SSE/MMX, the other VEX and the EVEX forms, a data label (or PTR) of the
; element size and writes the full-size form (`esize=` in src/insns.tbl,
; measured for every such form with ml64): `paddd xmm0, dword_var`,
; `pshufd` with a dword, `psrlw xmm, qword` (the count), `pcmpestri` with
; a byte or word, `vpxord`/`vpxorq` with any size, `vpmadd52luq zmm` with a
; qword, `vaddps zmm` with a dword, the moves and `vpmovzx` of other sizes,
; and BMI's `andn`/`shlx` with any size.  A displacement keeps the full
; size's disp8*N scale.  `vcvttss2si eax, qword_var` is EVEX in ml64 (its
; VEX form refuses the qword).
; CHECK: objdump -d -M intel -r
.data
bytes  DB 64 DUP (0)
words  DW 32 DUP (0)
dwords DD 16 DUP (0)
qwords DQ 8 DUP (0)
.code
  paddd xmm0, dwords
  paddd mm1, dwords
  paddb xmm2, bytes
  pmullw xmm3, words
  pshufd xmm4, dwords, 1Bh
  addps xmm5, dwords
  movaps xmm6, dwords
  mulpd xmm7, qwords
  psrlw xmm8, qwords
  pcmpestri xmm9, bytes, 0Ch
  pcmpistri xmm10, words, 0Ch
  aesenc xmm11, bytes
  roundss xmm12, xmmword ptr [rax], 1
  vpxord zmm0, zmm1, qwords
  vpxord zmm2, zmm3, bytes
  vpxorq zmm4, zmm5, dwords
  vpxord ymm6, ymm7, qwords
  vpxord xmm0, xmm1, qwords
  vpmadd52luq zmm0, zmm1, qwords
  vaddps zmm0, zmm1, dwords
  vaddps zmm2, zmm3, dword ptr [rax+64]
  vpxord zmm4, zmm5, byte ptr [rax+128]
  vmovdqu32 zmm6, dwords
  vmovdqu8 zmm7, bytes
  vpaddw zmm8, zmm9, words
  vmovaps xmm10, dwords
  vmovupd ymm11, qwords
  vpmovzxwq ymm12, dwords
  vcomiss xmm13, qwords
  vcvttss2si eax, qwords
  andn eax, ebx, bytes
  shlx rax, qwords, rcx
  blsr r8d, words
END
