; NEAR PTR of a 64-bit register is the register in ml64 14.12
; (`jmp near ptr rax` is FF E0; asm said A2070).  FAR PTR, NEAR32 PTR or
; a smaller register are A2032 (err/lang_nearptr32).
; CHECK: objdump -d -M intel
.code
 jmp near ptr rax
 call near ptr rbx
 jmp near ptr r10
 jmp qword ptr rax
 mov rax, near ptr rbx
 push near ptr rax
 inc near ptr rcx
END
