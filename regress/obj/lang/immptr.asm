; Issue 11 item 15 (MASM64 SDK m64lib cpu_id_string): an immediate written
; with a size, `mov [rsi+48], DWORD PTR 0`, gives its size to a memory
; operand that has none (ml64 14.12); a sized destination wins. QWORD PTR
; there is A2070 (regress/err/lang_immqword.asm). A sized immediate also
; keeps the full-width form where a sign-extended imm8 would do:
; `add eax, dword ptr 7` is 05 imm32, `push dword ptr 5` 68 imm32.
; CHECK: objdump -d -M intel
.code
f PROC
  mov [rsi+48], DWORD PTR 0
  mov [rsi], BYTE PTR 1
  mov [rsi], WORD PTR -1
  mov qword ptr [rsi], dword ptr 5
  add [rdi], DWORD PTR 7
  cmp [rdi+8], DWORD PTR 300
  and [rdi], BYTE PTR 1
  mov [rsi], REAL4 PTR 1
  add eax, dword ptr 7
  add eax, byte ptr 7
  add ax, word ptr 2
  push dword ptr 5
  push 5
  imul eax, ecx, dword ptr 3
  ret
f ENDP
END
