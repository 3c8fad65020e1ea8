; issue 10 item 4: ALIGN in code pads with ml64's NOPs, 15-byte pieces first
; (66 66 .. 0F 1F 84 00 00 00 00 00), then one NOP of the rest, for every
; pad length 1..32.
; CHECK: objdump -d
MYC SEGMENT ALIGN(64) 'CODE'
 db 31 dup (0CCh)
 align 32
 db 30 dup (0CCh)
 align 32
 db 29 dup (0CCh)
 align 32
 db 28 dup (0CCh)
 align 32
 db 27 dup (0CCh)
 align 32
 db 26 dup (0CCh)
 align 32
 db 25 dup (0CCh)
 align 32
 db 24 dup (0CCh)
 align 32
 db 23 dup (0CCh)
 align 32
 db 22 dup (0CCh)
 align 32
 db 21 dup (0CCh)
 align 32
 db 20 dup (0CCh)
 align 32
 db 19 dup (0CCh)
 align 32
 db 18 dup (0CCh)
 align 32
 db 17 dup (0CCh)
 align 32
 db 16 dup (0CCh)
 align 32
 db 15 dup (0CCh)
 align 32
 db 14 dup (0CCh)
 align 32
 db 13 dup (0CCh)
 align 32
 db 12 dup (0CCh)
 align 32
 db 11 dup (0CCh)
 align 32
 db 10 dup (0CCh)
 align 32
 db 9 dup (0CCh)
 align 32
 db 8 dup (0CCh)
 align 32
 db 7 dup (0CCh)
 align 32
 db 6 dup (0CCh)
 align 32
 db 5 dup (0CCh)
 align 32
 db 4 dup (0CCh)
 align 32
 db 3 dup (0CCh)
 align 32
 db 2 dup (0CCh)
 align 32
 db 1 dup (0CCh)
 align 32
 db 32 dup (0CCh)
 align 32
 ret
MYC ENDS
end
