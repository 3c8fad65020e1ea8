; monitor/mwait in the spelling ml64 14.12 requires (the implicit registers
; written out: monitor rax, rcx, rdx / mwait rax, rcx; ml64 rejects the bare
; forms and the 32-bit registers, which we also accept as GNU as does).
; Oracle: ml64 14.12 under wine (tools/ml64/ml64-as-asm.sh).
; CHECK: objdump -d -M intel
.code
        monitor rax, rcx, rdx
        mwait   rax, rcx
        ret
end
