; Issue 11: a language-type word followed by `:` is a parameter name in a
; PROC's parameter list (ml64: `f PROC c:DWORD` has a parameter c at
; [rbp+16]).
; CHECK: objdump -d -M intel
.code
f PROC c:DWORD, stdcall:QWORD
  mov eax, c
  mov rcx, stdcall
  ret
f ENDP
END
