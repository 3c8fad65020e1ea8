; Issue 11 item 15 (MASM64 SDK LOCAL64 macro: `arg = pvar` of a data
; label): `=` takes an address as well as a number, and may redefine the
; name with either; an EQU name cannot then be redefined by `=` (A2005,
; regress/err/lang_assignequ.asm).
; CHECK: objdump -d -r -M intel
; CHECK: objdump -s -j .data
.data
first_v dq 0
second_v dq 0
.code
f PROC
  slot = first_v + 4
  mov dword ptr slot, edx
  slot = second_v
  mov slot, r12
  mov rax, slot
  slot = first_v
  mov slot, rcx
  slot = 7
  mov eax, slot
  slot = first_v + 4
  ret
f ENDP
.data
  dq slot
  slot = 3
  dd slot
END
