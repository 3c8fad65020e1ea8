; Issue 11: OPTION PROLOGUE:macro without an OPTION EPILOGUE macro: RET
; pops the USES registers and writes LEAVE only for a PROC with parameters
; or locals, as ml64 14.12 (and JWasm) do; a PROC with neither (or USES
; only) gets no LEAVE, whatever the prologue macro wrote.
; CHECK: objdump -d -M intel
pro MACRO procname, flags, parambytes, localbytes, reglist, userparms
  push rbp
  mov rbp, rsp
  EXITM <0>
ENDM
OPTION PROLOGUE:pro
.code
bare PROC
  ret
bare ENDP
usesonly PROC USES rbx rsi
  ret
usesonly ENDP
withparam PROC USES rbx a:QWORD
  mov rax, a
  ret
withparam ENDP
withlocal PROC
  LOCAL x:QWORD
  mov x, rcx
  ret
withlocal ENDP
withret PROC a:QWORD
  ret 8
withret ENDP
END
