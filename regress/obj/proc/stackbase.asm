; Issue 11 (JWasm extension): OPTION STACKBASE:RSP.  Parameters and locals
; are addressed from rsp without a frame pointer, at the offsets JWasm
; computes (saved registers, locals and the INVOKE area in between), plus
; @StackBase, which is 0 at each PROC and which the code adjusts around its
; own pushes.  OPTION STACKBASE:RBP returns to the rbp frame.
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --unwind
OPTION CASEMAP:NONE
OPTION FRAME:AUTO
OPTION WIN64:7
OPTION STACKBASE:RSP
sink PROTO :QWORD, :QWORD
.code
first PROC FRAME USES rbx rsi xmm6 p1:QWORD, p2:DWORD
  LOCAL tmp:QWORD, arr[3]:WORD, flag:BYTE
  mov rax, p1
  mov ecx, p2
  mov tmp, rax
  lea rdx, arr
  mov flag, 1
  push rax
  @StackBase = @StackBase + 8
  mov rax, p1
  pop rax
  @StackBase = @StackBase - 8
  invoke sink, p1, tmp
  xor eax, eax
  ret
first ENDP
OPTION WIN64:0
OPTION FRAME:NOAUTO
second PROC USES rdi p1:QWORD
  LOCAL n:DWORD
  mov rax, p1
  mov n, eax
  ret
second ENDP
OPTION STACKBASE:RBP
third PROC p1:QWORD
  mov rax, p1
  ret
third ENDP
END
