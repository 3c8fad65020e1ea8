; Issue 11 (item 14): `$` in INVOKE arguments inside a FRAME:AUTO procedure
; under OPTION WIN64:3 (shadow space reserved once, so no `sub rsp` around
; the call): `$` is still the start of the instruction that loads the
; argument (here.asm has the plain PROC forms).  The twin here_frame.jwasm
; writes `$` alone as OFFSET $ for JWasm, the oracle (here.asm says why).
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --unwind
OPTION CASEMAP:NONE
OPTION WIN64:3
OPTION FRAME:AUTO
one   PROTO :QWORD
six   PROTO :QWORD, :QWORD, :QWORD, :QWORD, :QWORD, :QWORD
.code
main PROC FRAME USES rbx p:QWORD
  LOCAL x:QWORD
  invoke one, $
  invoke one, ADDR $
  invoke one, OFFSET $+5
  invoke six, p, $, 3, ADDR $, $+2, OFFSET $
  mov x, rax
  ret
main ENDP
END
