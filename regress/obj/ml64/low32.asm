; issue 10 item 8: LOW32 of a relocatable value is an ADDR32 relocation on
; the low four bytes of the field (JWasm 2.21; ml64 14.12 refuses it, A2105).
; With DWORD PTR, mov r64 takes the sign-extended imm32 form (48 C7 /0), as
; do IMAGEREL and SECTIONREL (also 32-bit relocations); without it, the
; imm64 form with ADDR32 in its low half.  In data, DQ LOW32 v is ADDR32 in
; the low half of the quadword.  HIGH32 of an address: regress/err/high32reloc.
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj -r
.data
v dq 0
.code
f proc
 mov rax, LOW32 v
 mov eax, LOW32 v
 mov rax, dword ptr LOW32 v
 mov rcx, dword ptr LOW32 v
 mov r9, LOW32 v
 mov r9, dword ptr LOW32 v
 push LOW32 v
 add rax, LOW32 v
 mov qword ptr [rax], LOW32 v
 mov dword ptr [rax], LOW32 v
 mov rax, LOW32 v+8
 mov rax, LOW32 f
 mov rax, dword ptr IMAGEREL v
 mov rax, dword ptr SECTIONREL v
 mov rax, IMAGEREL v
 mov eax, HIGH32 (v - v + 500000000h)
 ret
f endp
 dd LOW32 v
 dq LOW32 v
 dd LOW32 f
end
