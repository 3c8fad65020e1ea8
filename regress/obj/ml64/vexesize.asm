; Issue 11 (corpus nss intel-gcm, finding 14): ml64 takes a data label of
; the operation's element size as the memory source of a three-operand VEX
; form (the `esize=` rows of src/insns.tbl, measured for every such form):
; qword for vpclmulqdq and the qword/double forms, dword for the ps forms,
; any size for vpand/vpandn/vpor/vpxor, qword for the shift counts; the
; full size as always.  Legacy SSE forms keep the size check.
; CHECK: objdump -d -M intel -r
.data
qwords DQ 1, 2
dwords DD 1, 2, 3, 4
bytes  DB 16 DUP (0)
words  DW 8 DUP (0)
.code
  vpclmulqdq xmm2, xmm1, [qwords], 010h
  vpclmulqdq xmm2, xmm1, qwords, 001h
  vpclmulqdq xmm3, xmm4, qword ptr [rax+8], 011h
  vaddps xmm0, xmm1, dwords
  vmulpd ymm0, ymm1, qwords
  vpxor xmm0, xmm1, bytes
  vpand ymm0, ymm1, words
  vpor xmm5, xmm6, qword ptr [rcx]
  vpaddb xmm0, xmm1, bytes
  vpmullw ymm2, ymm3, words
  vpsllw ymm0, ymm1, qwords
  vinsertf128 ymm0, ymm1, dwords, 1
  vshufps xmm0, xmm1, dwords[rbx], 1
  vpxor xmm0, xmm1, xmmword ptr [rdx]
END
