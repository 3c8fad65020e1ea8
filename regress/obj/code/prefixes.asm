; The prefixes ml64 14.12 accepts (each line checked under wine): LOCK on
; a lockable instruction with a memory destination, REP on MOVS/LODS/STOS/
; INS/OUTS, REPE and REPNE on CMPS/SCAS, REPNE on jmp/call/ret (BND).
; What it rejects is in regress/err/prefix_*.asm.  Oracle: ml64 (GNU as
; agrees on every instruction but writes 66 before F3, ml64 after).
; CHECK: objdump -d -M intel
.code
        lock add dword ptr [rax], ebx
        lock xchg eax, [rax]
        lock xchg [rcx], edx
        lock cmpxchg [rbx], ecx
        lock cmpxchg16b oword ptr [rax]
        lock inc dword ptr [rax]
        lock btr qword ptr [rax], rcx
        lock xadd [rax], eax
        rep movsb
        rep stosq
        rep lodsw
        rep insb
        rep outsd
        repe cmpsb
        repz scasw
        repne cmpsq
        repnz scasb
        repne jmp rax
        repne call rax
        repne ret
END
