; Issue 11 (corpus chipsec cpu.asm, finding 12): IN and OUT with RAX; ml64
; accepts them and writes REX.W before the 32-bit opcode (48 EF for
; `out dx, rax`; the CPU ignores W).  GNU as refuses the spelling.
; CHECK: objdump -d -M intel
.code
  out dx, rax
  out 80h, rax
  in rax, dx
  in rax, 60h
  out dx, eax
  in eax, dx
END
