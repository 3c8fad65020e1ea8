; issue 10: `mov r64, qword ptr <constant>` is the imm64 form (48 B8+r io)
; in ml64 14.12 even where the value fits an imm32; dword/word/byte ptr and
; no PTR keep the sign-extended imm32 form (48 C7 /0).  ml64 also ignores
; DWORD PTR on OFFSET v (imm64 with ADDR64).  (ml64 refuses qword ptr on
; other instructions' immediates, A2084/A2070; asm accepts them.)
; CHECK: objdump -dr -M intel
.data
v dq 0
.code
 mov rax, qword ptr 5
 mov rcx, qword ptr -1
 mov r9, qword ptr 5
 mov rax, qword ptr (5+3)
 mov rax, (qword ptr 5)
 mov eax, dword ptr 5
 mov rax, dword ptr 5
 mov rax, word ptr 5
 mov rax, byte ptr 5
 mov rax, 5
 mov rax, dword ptr OFFSET v
 mov rax, qword ptr OFFSET v
end
