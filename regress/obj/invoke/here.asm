; Issue 11 (item 14): `$` in an INVOKE argument.  JWasm assembles each line
; it generates for INVOKE anew, so `$` is the start of the instruction that
; loads that argument (the `mov rcx`, `lea rdx`, `lea rax` of a stack or
; pushed argument), not the INVOKE statement's start nor the `sub rsp`.
; `$` alone (or `$+5`) is a code address and passes its address as
; `mov rcx, label` does in ml64; JWasm 2.21 instead loads it into rax and
; pushes it, which breaks a fastcall call (see argforms.asm), so the twin
; here.jwasm writes those as OFFSET $ for JWasm, the oracle.  For C and
; STDCALL procedures the push is the convention and both write
; `lea rax, $` / `push rax`.
; CHECK: objdump -dr -M intel
OPTION CASEMAP:NONE
one   PROTO :QWORD
six   PROTO :QWORD, :QWORD, :QWORD, :QWORD, :QWORD, :QWORD
var   PROTO :QWORD, :VARARG
cproc PROTO C :QWORD, :QWORD
sproc PROTO STDCALL :QWORD
.code
main PROC
  nop
  invoke one, $
  invoke one, OFFSET $
  invoke one, $+5
  invoke one, OFFSET $+5
  invoke one, ADDR $
  invoke six, $, 2, OFFSET $, 4, $, ADDR $
  invoke six, 1, 2, 3, 4, OFFSET $+3, $
  invoke var, $, ADDR $, OFFSET $, $, ADDR $
  invoke cproc, $, main
  invoke sproc, $+3
  ret
main ENDP
END
