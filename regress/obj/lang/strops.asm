; Item 6 of issue 11: string instructions with explicit operands.  The
; operand size picks the form; a 32-bit address adds 67; the source may
; carry an fs:/gs: override; rep/repe/repne prefixes come first.
; CHECK: objdump -d -M intel
.code
copy_fill PROC
  rep movs qword ptr [rdi], qword ptr [rsi]
  movs byte ptr [rdi], byte ptr gs:[rsi]
  movs word ptr [rdi], word ptr [rsi]
  movs dword ptr [rdi], [rsi]
  lods byte ptr [rsi]
  lods word ptr fs:[rsi]
  lods dword ptr [esi]
  lods qword ptr [rsi]
  stos byte ptr [rdi]
  stos word ptr [rdi]
  rep stos dword ptr [rdi]
  stos qword ptr [edi]
  cmps dword ptr [rsi], dword ptr [rdi]
  repe cmps byte ptr gs:[rsi], byte ptr [rdi]
  repne cmps word ptr [rsi], word ptr [rdi]
  scas byte ptr [rdi]
  repne scas qword ptr [rdi]
  repe scas dword ptr [edi]
  ins byte ptr [rdi], dx
  rep ins word ptr [rdi], dx
  ins dword ptr [rdi], dx
  outs dx, byte ptr [rsi]
  outs dx, word ptr [rsi]
  rep outs dx, dword ptr fs:[rsi]
  xlat byte ptr [rbx]
  xlat byte ptr gs:[rbx]
  ret
copy_fill ENDP
END
