; scale.asm: int64_t asm_scale(int64_t x) returns x * SCALE_FACTOR
; (scale.inc).
INCLUDE scale.inc
.code
asm_scale PROC
        imul    rax, rcx, SCALE_FACTOR
        ret
asm_scale ENDP
END
