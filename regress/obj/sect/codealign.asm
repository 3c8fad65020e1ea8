; ALIGN in code pads with the multi-byte NOPs (90 / 66 90 / 0F 1F 00 /
; 0F 1F 40 00 / 0F 1F 44 00 00 / 66 0F 1F 44 00 00 / 0F 1F 80 00 00 00 00),
; longest first (8 = 7 + 1 in JWasm): every pad length from 1 to 15 after
; ALIGN 16; EVEN after an odd offset.
; CHECK: objdump -d -M intel
.code
f1 PROC
        DB      15 DUP (0CCh)          ; pad 1
        ALIGN   16
        DB      14 DUP (0CCh)          ; pad 2
        ALIGN   16
        DB      13 DUP (0CCh)          ; pad 3
        ALIGN   16
        DB      12 DUP (0CCh)          ; pad 4
        ALIGN   16
        DB      11 DUP (0CCh)          ; pad 5
        ALIGN   16
        DB      10 DUP (0CCh)          ; pad 6
        ALIGN   16
        DB      9 DUP (0CCh)          ; pad 7
        ALIGN   16
        DB      8 DUP (0CCh)          ; pad 8
        ALIGN   16
        DB      7 DUP (0CCh)          ; pad 9
        ALIGN   16
        DB      6 DUP (0CCh)          ; pad 10
        ALIGN   16
        DB      5 DUP (0CCh)          ; pad 11
        ALIGN   16
        DB      4 DUP (0CCh)          ; pad 12
        ALIGN   16
        DB      3 DUP (0CCh)          ; pad 13
        ALIGN   16
        DB      2 DUP (0CCh)          ; pad 14
        ALIGN   16
        DB      1 DUP (0CCh)          ; pad 15
        ALIGN   16
        inc     eax
        DB      0CCh
        EVEN
        inc     eax
        ALIGN   8
        ret
f1 ENDP
END
