; Issue 11 (JWasm extension): OPTION STACKBASE:RSP with a LOCAL after a
; non-code line (EQU).  The EQU lays the frame out, the LOCAL lays it out
; again: the parameters' rsp offsets must be computed once from their
; slots, not adjusted a second time (they came out 8 and 16 bytes low).
; CHECK: objdump -dr -M intel
OPTION CASEMAP:NONE
OPTION STACKBASE:RSP
.code
f PROC USES rbx p1:QWORD, p2:QWORD
  c1 EQU 5
  LOCAL v:QWORD
  c2 EQU 6
  LOCAL w:DWORD
  mov rax, p1
  mov rcx, p2
  mov rdx, v
  mov r8d, w
  ret
f ENDP
g PROC p1:QWORD
  LOCAL v:QWORD
  mov rax, p1
  mov rdx, v
  ret
g ENDP
END
