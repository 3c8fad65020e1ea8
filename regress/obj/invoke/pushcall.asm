; Issue 11 (item 14, JWasm extension): INVOKE of a C or STDCALL procedure in
; 64-bit code pushes every argument as a qword, right to left (a register as
; its 64-bit register, ADDR through rax), without shadow space; after a C
; call the caller removes them (add rsp, 8*n), a STDCALL PROC with parameters
; returns with `ret 8*n`.  The names are decorated: _name, _name@bytes.
; CHECK: objdump -dr -M intel
; CHECK: llvm-nm
OPTION CASEMAP:NONE
cfunc PROTO C :DWORD, :QWORD, :BYTE, :WORD
sfunc PROTO STDCALL :QWORD, :QWORD
cvar  PROTO C :DWORD, :VARARG
.data
value DQ 6
count DD 5
.code
main PROC
  invoke cfunc, 1, value, 2, 3
  invoke cfunc, eax, rbx, cl, dx
  invoke sfunc, ADDR count, 7
  invoke cvar, 1, 2, 3
  ret
main ENDP
callee PROC STDCALL first:QWORD, second:QWORD
  mov rax, first
  add rax, second
  ret
callee ENDP
plain PROC C one:QWORD
  mov rax, one
  ret
plain ENDP
END
