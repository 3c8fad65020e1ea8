; The issue-14 forms ml64 14.12 knows, in the spellings it takes: AMD SVM
; with the implicit address register written (eax: 67 prefix), clzero,
; monitorx/mwaitx with their three registers, and the far-pointer loads
; lfs/lgs/lss by register size (dword, fword, tbyte ptr; unsized inferred
; from the register).  Oracle: ml64 14.12 under wine
; (tools/ml64/ml64-as-asm.sh).
; CHECK: objdump -d -M intel
.code
        vmrun   rax
        vmrun   eax
        vmload  rax
        vmload  eax
        vmsave  rax
        vmsave  eax
        vmmcall
        stgi
        clgi
        skinit  eax
        invlpga rax, ecx
        invlpga eax, ecx
        clzero
        monitorx rax, rcx, rdx
        mwaitx  rax, rcx, rbx
        lfs     ax, dword ptr [rax]
        lfs     ecx, fword ptr [r9+8]
        lfs     r10, tbyte ptr [rsp+rbx*4]
        lgs     dx, dword ptr [rbp]
        lgs     r11d, fword ptr [r12]
        lgs     rsi, tbyte ptr [rax-80h]
        lss     ax, [rax]
        lss     eax, [rax]
        lss     rax, [rax]
END
