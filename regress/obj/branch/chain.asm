; Relaxation chains: one branch growing from rel8 to rel32 pushes others
; out of rel8 range.
; Chain 1: `jz l2' (B) must be near; its 4 extra bytes push `jmp l1' (A),
;   which would reach l1 with rel8 = +127 if B stayed short, to +131.
; Chain 2: `jnz far1' (D) must be near; that pushes the backward `jmp back'
;   (C) from -128 to -132, and C's growth pushes the forward `jmp after_c'
;   (F) from +126 to +129.  `jnz l3' (E) stays short.
; CHECK: objdump -d -M intel
.code
f1 PROC
        jmp     l1                      ; A
        jz      l2                      ; B
        DB      125 DUP (90h)
l1:
        DB      10 DUP (90h)
l2:
back:
        DB      60 DUP (90h)
        jnz     far1                    ; D
        jmp     after_c                 ; F
        DB      60 DUP (90h)
        jmp     back                    ; C
        DB      64 DUP (90h)
after_c:
        DB      10 DUP (90h)
far1:
        jnz     l3                      ; E
        DB      20 DUP (90h)
l3:
        ret
        DB      5 DUP (90h)          ; pad to 16 (GNU as pads .text)
f1 ENDP
END
