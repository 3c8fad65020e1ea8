; sum.asm: int64_t asm_sum(const int64_t *v, int64_t n), Win64 convention
; (v in rcx, n in rdx); adds SUM_BIAS from sum.inc.
INCLUDE sum.inc
.code
asm_sum PROC
        xor     eax, eax
        test    rdx, rdx
        jz      done
again:  add     rax, [rcx]
        add     rcx, 8
        dec     rdx
        jnz     again
done:   add     rax, SUM_BIAS
        ret
asm_sum ENDP
END
