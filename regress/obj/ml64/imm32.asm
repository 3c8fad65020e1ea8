; issue 10 item 2: ml64 takes 80000000h..0FFFFFFFFh as the imm32 of a 64-bit
; operation and sign-extends the 32-bit pattern; mov r64 keeps its imm64 form.
; (asm -W3 says A4908 on each sign-extended one.)
; CHECK: objdump -dr -M intel
.code
 mov rax, 0FFFFFFFFh
 mov qword ptr [rax], 0FFFFFFFFh
 mov qword ptr [rax], 80000000h
 and rax, 0FFFFFFFFh
 cmp rcx, 80000000h
 push 0FFFFFFFFh
 push 80000000h
 add rax, 0FFFFFF80h
 imul rax, rcx, 0FFFFFFFFh
 test rax, 0FFFFFFFFh
 and qword ptr [rax], 0FFFFFFFFh
 sub rax, -1
 cmp rax, -80000000h
 push -1
end
