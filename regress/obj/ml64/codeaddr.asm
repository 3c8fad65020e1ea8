; issue 10 item 1: a NEAR/FAR label, PROC or EXTERN x:PROC written as an operand
; is its address (imm64 + ADDR64), also in brackets; not with PTR, as LEA's
; source or as a branch target.
; CHECK: objdump -dr -M intel
extern printf:proc
extern xfar:far
.code
f proc
 mov rax, printf
 mov rcx, [printf]
 mov rdx, f
 mov rax, qword ptr printf
 mov rax, xfar
 lea rax, printf
 mov eax, f
lab:
 call printf
 jmp lab
 mov r8, f+8
f endp
end
