; Memory operands in the MASM spellings (index in its own brackets,
; displacement before the bracket, sums in any order, scale first), PTR
; with BYTE WORD DWORD QWORD OWORD XMMWORD, and segment overrides fs:/gs:
; (no ASSUME needed in ml64; JWasm wants ASSUME fs:NOTHING).
; The GNU as twin memops.s is the oracle.
; CHECK: objdump -d -M intel
.code
f1 PROC
        mov     eax, [rbx][rcx*4]+8
        mov     eax, 8[rbx]
        mov     eax, 8[rbx][rcx]
        mov     eax, [rbx+rcx*8+100h]
        mov     eax, [rcx*8+rbx+100h]
        mov     eax, [8*rcx+rbx-4]
        mov     eax, [rbx+8][rcx*2]
        mov     eax, (8+4)[rsp]
        mov     eax, [r12]
        mov     eax, [r13]
        mov     eax, [rbp+rax]
        mov     al, byte ptr [rax]
        mov     ax, word ptr [rax]
        mov     eax, dword ptr [rax]
        mov     rax, qword ptr [rax]
        inc     byte ptr [rax]
        inc     word ptr [rax]
        inc     qword ptr [rax]
        cmpxchg16b oword ptr [rax]
        cmpxchg16b xmmword ptr [rcx]
        mov     rax, fs:[30h]
        mov     rax, gs:[60h]
        mov     eax, gs:[rax]
        mov     ecx, fs:[rbx+rcx*2+4]
        ret
        DB      10 DUP (90h)          ; pad to 16 (GNU as pads .text)
f1 ENDP
END
