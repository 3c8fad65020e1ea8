; Issue 11: a STRUCT whose size is no operand size (12, 3 bytes) gives its
; memory operand a size all the same: `mov rax, [rbx].S12` is A2022 in
; ml64 14.12 (err/lang_structsize, err/lang_structvar).  These forms stay
; legal: LEA and OFFSET, a PTR of another size, a field, and structures of
; 8 or 16 bytes used as a QWORD or XMMWORD.
; CHECK: objdump -dr -M intel
S12 STRUCT
  a DD ?
  b DQ ?
S12 ENDS
S8 STRUCT
  a DD ?
  b DD ?
S8 ENDS
S16 STRUCT
  a DQ ?
  b DQ ?
S16 ENDS
.data
v S12 <>
w S16 <>
.code
  lea rax, [rbx].S12
  lea rcx, v
  mov rdx, OFFSET v
  mov eax, DWORD PTR v
  mov eax, DWORD PTR [rbx].S12
  mov rax, [rbx].S12.b
  mov rax, (S12 PTR [rsi]).b
  mov rax, [rbx].S8
  movups xmm0, [rbx].S16
  movups xmm1, w
  ret
END
