; Code labels: `x:' inside a PROC is local to it (two PROCs may both have
; `again:'), `x::' is visible outside its PROC, anonymous `@@:' with
; `@B' (nearest before) and `@F' (nearest after).
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --symbols
.code
f1 PROC
again:
        dec     ecx
        jnz     again
shared::
        inc     eax
        ret
f1 ENDP
f2 PROC
again:
        dec     edx
        jnz     again
        jmp     shared
@@:
        inc     eax
        jz      @B
        jnz     @F
        nop
@@:
        jmp     @B
@@:
        jmp     @F
        nop
@@:
        ret
f2 ENDP
.data
        DB 1                    ; JWasm emits an empty .data otherwise
END
