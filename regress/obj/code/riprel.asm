; RIP-relative data access and calls to an external function.  A memory
; operand followed by an immediate needs REL32_1/REL32_4 relocations.
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --relocs
EXTERN extfn:PROC
EXTERN extvar:DWORD

.data
bvar    DB 0
dvar    DD 0
qvar    DQ 0

.code
f1 PROC
        sub     rsp, 28h
        lea     rcx, bvar
        mov     eax, dvar
        mov     rax, qvar
        mov     dvar, eax
        mov     byte ptr bvar, 7        ; REL32_1
        mov     dvar, 12345678h         ; REL32_4
        cmp     dword ptr dvar, 1       ; REL32_1 (imm8 form)
        add     qword ptr qvar, 1000h   ; REL32_4
        mov     eax, extvar
        call    extfn
        call    f2
        add     rsp, 28h
        ret
f1 ENDP

f2 PROC
        lea     rax, [qvar + 8]
        mov     ecx, dword ptr [dvar + 2]
        ret
f2 ENDP
END
