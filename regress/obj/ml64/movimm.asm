; issue 10 (real-world findings 7, 9): mov r64 with a literal written without a
; minus above 7FFFFFFFh is the imm64 form, with a minus the imm32 one; a
; segment register stored to memory has no 66 prefix.
; CHECK: objdump -dr -M intel
.code
 mov rdx, 0fffffffffffffef8h
 mov rdx, -264
 mov rdx, -1
 mov rdx, 0FFFFFFFFFFFFFFFFh
 add rdx, 0fffffffffffffef8h
 mov qword ptr [rax], 0fffffffffffffef8h
 mov rdx, 7FFFFFFFh
 mov word ptr [rcx], ds
 mov [rcx+38h], cs
 mov ax, cs
 mov eax, cs
 mov rax, cs
end
