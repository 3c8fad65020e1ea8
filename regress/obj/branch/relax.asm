; jmp/jcc relaxation: short (rel8) when the target is within -128..+127 of
; the end of the branch, near (rel32) otherwise, forward and backward,
; including the exact edges.  Filler bytes are single-byte NOPs (90h).
; CHECK: objdump -d -M intel
.code
f1 PROC
top:
        jmp     fwd_short               ; EB
        jz      fwd_short               ; 74
        DB      10 DUP (90h)
fwd_short:
        jmp     fwd_127                 ; rel8 = +127: still short
        DB      127 DUP (90h)
fwd_127:
        jmp     fwd_128                 ; rel8 would be +128: near E9
        DB      128 DUP (90h)
fwd_128:
        jnz     fwd_jcc_far             ; 0F 85
        DB      200 DUP (90h)
fwd_jcc_far:
back_126:
        DB      126 DUP (90h)
        jmp     back_126                ; -128: short
back_127:
        DB      127 DUP (90h)
        jmp     back_127                ; -129: near
        jc      top                     ; far back: 0F 82
        jmp     top                     ; far back: E9
        ret
        DB      14 DUP (90h)            ; pad to 16 (GNU as pads .text)
f1 ENDP
END
