; Issue 11 (item 14): INVOKE arguments written `sbyte ptr cl` (a register
; with its own size given: SBYTE/SWORD... sign-extend, BYTE/WORD zero-extend,
; as JWasm) and a code label alone (`$`: here.asm), which pass their address as
; `mov rcx, label` does in ml64 (JWasm 2.21 instead loads the address into
; rax and pushes it, which breaks the call).  The twin argforms.jwasm
; writes that one as OFFSET label for JWasm, the oracle.
; CHECK: objdump -dr -M intel
OPTION CASEMAP:NONE
take3 PROTO :DWORD, :QWORD, :WORD
take1 PROTO :QWORD
take5 PROTO :QWORD, :QWORD, :QWORD, :QWORD, :QWORD
.code
main PROC
  invoke take3, sbyte ptr r10b, 1, sword ptr r11w
  invoke take3, byte ptr r10b, 1, word ptr r11w
  invoke take1, sbyte ptr cl
  invoke take5, 1, 2, 3, 4, sbyte ptr r10b
  invoke take1, main
  ret
main ENDP
END
