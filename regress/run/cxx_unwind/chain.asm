; chain.asm - a C++ exception unwinds through two asm FRAME procedures
; and every non-volatile register must come back intact.
;
;   main -> harness (asm) -> cpp_try (C++, try/catch)
;        -> asm_outer (hand-written: every SEH primitive)
;        -> asm_inner (FRAME:AUTO, USES all non-volatile GPRs and XMMs)
;        -> callback (C++: throws, or returns normally)
;
; harness loads distinct values A into rbx rsi rdi r12-r15 xmm6-xmm15,
; asm_outer saves them and loads values B, asm_inner saves B and loads
; values C, and the callback throws.  The OS unwinder (wine's) restores
; the registers from our .pdata/.xdata alone (no asm frame has a
; handler), the catch in cpp_try returns, and harness compares every
; register with A: a wrong offset, order or register number in any
; unwind code shows up as a mismatch bit.  The same check runs once with
; a callback that returns normally (the epilogues' path).
;
; asm_outer starts with a fake machine frame (.PUSHFRAME: RIP = return
; address, RSP = the caller's rsp after the return), so that code is
; exercised too: PUSH_MACHFRAME makes the unwinder take RIP and RSP from
; that frame instead of popping a return address.
OPTION FRAME:AUTO
cpp_try PROTO :DWORD
PUBLIC harness
PUBLIC asm_outer
PUBLIC inner_reached
PUBLIC outer_returned

.data
ALIGN 16
; values A (harness), then B (asm_outer), then C (asm_inner), 7 GPRs each
gpr_a   DQ 0A1A1A1A1A1A10001h, 0A1A1A1A1A1A10002h, 0A1A1A1A1A1A10003h
        DQ 0A1A1A1A1A1A10004h, 0A1A1A1A1A1A10005h, 0A1A1A1A1A1A10006h
        DQ 0A1A1A1A1A1A10007h
gpr_b   DQ 0B2B2B2B2B2B20001h, 0B2B2B2B2B2B20002h, 0B2B2B2B2B2B20003h
        DQ 0B2B2B2B2B2B20004h, 0B2B2B2B2B2B20005h, 0B2B2B2B2B2B20006h
        DQ 0B2B2B2B2B2B20007h
gpr_c   DQ 0C3C3C3C3C3C30001h, 0C3C3C3C3C3C30002h, 0C3C3C3C3C3C30003h
        DQ 0C3C3C3C3C3C30004h, 0C3C3C3C3C3C30005h, 0C3C3C3C3C3C30006h
        DQ 0C3C3C3C3C3C30007h
ALIGN 16
; 10 XMM values per set: set k, register n = bytes (k*10h + n) repeated,
; with the register number also in the low byte
xmm_a   DQ 0A0A0A0A0A0A0A006h, 0A0A0A0A0A0A0A0A0h, 0A0A0A0A0A0A0A007h, 0A1A1A1A1A1A1A1A1h
        DQ 0A0A0A0A0A0A0A008h, 0A2A2A2A2A2A2A2A2h, 0A0A0A0A0A0A0A009h, 0A3A3A3A3A3A3A3A3h
        DQ 0A0A0A0A0A0A0A00Ah, 0A4A4A4A4A4A4A4A4h, 0A0A0A0A0A0A0A00Bh, 0A5A5A5A5A5A5A5A5h
        DQ 0A0A0A0A0A0A0A00Ch, 0A6A6A6A6A6A6A6A6h, 0A0A0A0A0A0A0A00Dh, 0A7A7A7A7A7A7A7A7h
        DQ 0A0A0A0A0A0A0A00Eh, 0A8A8A8A8A8A8A8A8h, 0A0A0A0A0A0A0A00Fh, 0A9A9A9A9A9A9A9A9h
xmm_b   DQ 0B0B0B0B0B0B0B006h, 0B0B0B0B0B0B0B0B0h, 0B0B0B0B0B0B0B007h, 0B1B1B1B1B1B1B1B1h
        DQ 0B0B0B0B0B0B0B008h, 0B2B2B2B2B2B2B2B2h, 0B0B0B0B0B0B0B009h, 0B3B3B3B3B3B3B3B3h
        DQ 0B0B0B0B0B0B0B00Ah, 0B4B4B4B4B4B4B4B4h, 0B0B0B0B0B0B0B00Bh, 0B5B5B5B5B5B5B5B5h
        DQ 0B0B0B0B0B0B0B00Ch, 0B6B6B6B6B6B6B6B6h, 0B0B0B0B0B0B0B00Dh, 0B7B7B7B7B7B7B7B7h
        DQ 0B0B0B0B0B0B0B00Eh, 0B8B8B8B8B8B8B8B8h, 0B0B0B0B0B0B0B00Fh, 0B9B9B9B9B9B9B9B9h
xmm_c   DQ 0C0C0C0C0C0C0C006h, 0C0C0C0C0C0C0C0C0h, 0C0C0C0C0C0C0C007h, 0C1C1C1C1C1C1C1C1h
        DQ 0C0C0C0C0C0C0C008h, 0C2C2C2C2C2C2C2C2h, 0C0C0C0C0C0C0C009h, 0C3C3C3C3C3C3C3C3h
        DQ 0C0C0C0C0C0C0C00Ah, 0C4C4C4C4C4C4C4C4h, 0C0C0C0C0C0C0C00Bh, 0C5C5C5C5C5C5C5C5h
        DQ 0C0C0C0C0C0C0C00Ch, 0C6C6C6C6C6C6C6C6h, 0C0C0C0C0C0C0C00Dh, 0C7C7C7C7C7C7C7C7h
        DQ 0C0C0C0C0C0C0C00Eh, 0C8C8C8C8C8C8C8C8h, 0C0C0C0C0C0C0C00Fh, 0C9C9C9C9C9C9C9C9h
inner_reached   DQ 0
outer_returned  DQ 0

.code
; unsigned harness(int mode): mode 1 = the callback throws, 0 = returns.
; Returns the mismatch mask (bit 0-6: rbx rsi rdi r12-r15, bit 7-16:
; xmm6-xmm15) or'ed with cpp_try's result << 24.
harness PROC FRAME USES rbx rsi rdi r12 r13 r14 r15 xmm6 xmm7 xmm8 xmm9 xmm10 xmm11 xmm12 xmm13 xmm14 xmm15 mode:DWORD
        mov     r10d, ecx
        mov     rbx, QWORD PTR gpr_a+0
        mov     rsi, QWORD PTR gpr_a+8
        mov     rdi, QWORD PTR gpr_a+16
        mov     r12, QWORD PTR gpr_a+24
        mov     r13, QWORD PTR gpr_a+32
        mov     r14, QWORD PTR gpr_a+40
        mov     r15, QWORD PTR gpr_a+48
        movdqa  xmm6, XMMWORD PTR xmm_a+0
        movdqa  xmm7, XMMWORD PTR xmm_a+16
        movdqa  xmm8, XMMWORD PTR xmm_a+32
        movdqa  xmm9, XMMWORD PTR xmm_a+48
        movdqa  xmm10, XMMWORD PTR xmm_a+64
        movdqa  xmm11, XMMWORD PTR xmm_a+80
        movdqa  xmm12, XMMWORD PTR xmm_a+96
        movdqa  xmm13, XMMWORD PTR xmm_a+112
        movdqa  xmm14, XMMWORD PTR xmm_a+128
        movdqa  xmm15, XMMWORD PTR xmm_a+144
        invoke  cpp_try, r10d
        mov     r10d, eax
        xor     r11d, r11d
        cmp     rbx, QWORD PTR gpr_a+0
        je      ok_g0
        or      r11d, 1
ok_g0:
        cmp     rsi, QWORD PTR gpr_a+8
        je      ok_g1
        or      r11d, 2
ok_g1:
        cmp     rdi, QWORD PTR gpr_a+16
        je      ok_g2
        or      r11d, 4
ok_g2:
        cmp     r12, QWORD PTR gpr_a+24
        je      ok_g3
        or      r11d, 8
ok_g3:
        cmp     r13, QWORD PTR gpr_a+32
        je      ok_g4
        or      r11d, 16
ok_g4:
        cmp     r14, QWORD PTR gpr_a+40
        je      ok_g5
        or      r11d, 32
ok_g5:
        cmp     r15, QWORD PTR gpr_a+48
        je      ok_g6
        or      r11d, 64
ok_g6:
        movdqa  xmm0, XMMWORD PTR xmm_a+0
        pcmpeqb xmm0, xmm6
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x0
        or      r11d, 128
ok_x0:
        movdqa  xmm0, XMMWORD PTR xmm_a+16
        pcmpeqb xmm0, xmm7
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x1
        or      r11d, 256
ok_x1:
        movdqa  xmm0, XMMWORD PTR xmm_a+32
        pcmpeqb xmm0, xmm8
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x2
        or      r11d, 512
ok_x2:
        movdqa  xmm0, XMMWORD PTR xmm_a+48
        pcmpeqb xmm0, xmm9
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x3
        or      r11d, 1024
ok_x3:
        movdqa  xmm0, XMMWORD PTR xmm_a+64
        pcmpeqb xmm0, xmm10
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x4
        or      r11d, 2048
ok_x4:
        movdqa  xmm0, XMMWORD PTR xmm_a+80
        pcmpeqb xmm0, xmm11
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x5
        or      r11d, 4096
ok_x5:
        movdqa  xmm0, XMMWORD PTR xmm_a+96
        pcmpeqb xmm0, xmm12
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x6
        or      r11d, 8192
ok_x6:
        movdqa  xmm0, XMMWORD PTR xmm_a+112
        pcmpeqb xmm0, xmm13
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x7
        or      r11d, 16384
ok_x7:
        movdqa  xmm0, XMMWORD PTR xmm_a+128
        pcmpeqb xmm0, xmm14
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x8
        or      r11d, 32768
ok_x8:
        movdqa  xmm0, XMMWORD PTR xmm_a+144
        pcmpeqb xmm0, xmm15
        pmovmskb eax, xmm0
        cmp     eax, 0FFFFh
        je      ok_x9
        or      r11d, 65536
ok_x9:
        shl     r10d, 24
        mov     eax, r11d
        or      eax, r10d
        ret
harness ENDP

; void asm_outer(void (*cb)(void)): hand-written prologue with every
; SEH primitive.  Frame, from the final rsp S (16-byte aligned):
;   S+00h shadow space for asm_inner     S+20h rdi, r12, r13, r14, r15
;   S+50h xmm6 .. xmm15 (16 bytes each)  S+0F0h pad
;   S+0F8h rsi, rbx, rbp (pushed)        then the fake machine frame:
;   RIP (return address), CS 0, EFLAGS, RSP (caller's, after ret), SS 0
;   and the real return address.  rbp = S+80h (.SETFRAME rbp, 80h).
OPTION FRAME:NOAUTO
asm_outer PROC FRAME
        lea     rax, [rsp+8]
        push    0
        push    rax
        pushfq
        push    0
        push    QWORD PTR [rsp+32]
        .PUSHFRAME
        push    rbp
        .PUSHREG rbp
        push    rbx
        .PUSHREG rbx
        push    rsi
        .PUSHREG rsi
        sub     rsp, 0F8h
        .ALLOCSTACK 0F8h
        lea     rbp, [rsp+80h]
        .SETFRAME rbp, 80h
        mov     QWORD PTR [rsp+20h], rdi
        .SAVEREG rdi, 20h
        mov     QWORD PTR [rsp+28h], r12
        .SAVEREG r12, 28h
        mov     QWORD PTR [rsp+30h], r13
        .SAVEREG r13, 30h
        mov     QWORD PTR [rsp+38h], r14
        .SAVEREG r14, 38h
        mov     QWORD PTR [rsp+40h], r15
        .SAVEREG r15, 40h
        movdqa  XMMWORD PTR [rsp+50h], xmm6
        .SAVEXMM128 xmm6, 50h
        movdqa  XMMWORD PTR [rsp+60h], xmm7
        .SAVEXMM128 xmm7, 60h
        movdqa  XMMWORD PTR [rsp+70h], xmm8
        .SAVEXMM128 xmm8, 70h
        movdqa  XMMWORD PTR [rsp+80h], xmm9
        .SAVEXMM128 xmm9, 80h
        movdqa  XMMWORD PTR [rsp+90h], xmm10
        .SAVEXMM128 xmm10, 90h
        movdqa  XMMWORD PTR [rsp+0A0h], xmm11
        .SAVEXMM128 xmm11, 0A0h
        movdqa  XMMWORD PTR [rsp+0B0h], xmm12
        .SAVEXMM128 xmm12, 0B0h
        movdqa  XMMWORD PTR [rsp+0C0h], xmm13
        .SAVEXMM128 xmm13, 0C0h
        movdqa  XMMWORD PTR [rsp+0D0h], xmm14
        .SAVEXMM128 xmm14, 0D0h
        movdqa  XMMWORD PTR [rsp+0E0h], xmm15
        .SAVEXMM128 xmm15, 0E0h
        .ENDPROLOG
        mov     rbx, QWORD PTR gpr_b+0
        mov     rsi, QWORD PTR gpr_b+8
        mov     rdi, QWORD PTR gpr_b+16
        mov     r12, QWORD PTR gpr_b+24
        mov     r13, QWORD PTR gpr_b+32
        mov     r14, QWORD PTR gpr_b+40
        mov     r15, QWORD PTR gpr_b+48
        movdqa  xmm6, XMMWORD PTR xmm_b+0
        movdqa  xmm7, XMMWORD PTR xmm_b+16
        movdqa  xmm8, XMMWORD PTR xmm_b+32
        movdqa  xmm9, XMMWORD PTR xmm_b+48
        movdqa  xmm10, XMMWORD PTR xmm_b+64
        movdqa  xmm11, XMMWORD PTR xmm_b+80
        movdqa  xmm12, XMMWORD PTR xmm_b+96
        movdqa  xmm13, XMMWORD PTR xmm_b+112
        movdqa  xmm14, XMMWORD PTR xmm_b+128
        movdqa  xmm15, XMMWORD PTR xmm_b+144
        call    asm_inner
        mov     QWORD PTR outer_returned, 1
        movdqa  xmm6, XMMWORD PTR [rsp+50h]
        movdqa  xmm7, XMMWORD PTR [rsp+60h]
        movdqa  xmm8, XMMWORD PTR [rsp+70h]
        movdqa  xmm9, XMMWORD PTR [rsp+80h]
        movdqa  xmm10, XMMWORD PTR [rsp+90h]
        movdqa  xmm11, XMMWORD PTR [rsp+0A0h]
        movdqa  xmm12, XMMWORD PTR [rsp+0B0h]
        movdqa  xmm13, XMMWORD PTR [rsp+0C0h]
        movdqa  xmm14, XMMWORD PTR [rsp+0D0h]
        movdqa  xmm15, XMMWORD PTR [rsp+0E0h]
        mov     rdi, QWORD PTR [rsp+20h]
        mov     r12, QWORD PTR [rsp+28h]
        mov     r13, QWORD PTR [rsp+30h]
        mov     r14, QWORD PTR [rsp+38h]
        mov     r15, QWORD PTR [rsp+40h]
        add     rsp, 0F8h
        pop     rsi
        pop     rbx
        pop     rbp
        add     rsp, 40                 ; the machine frame
        ret
asm_outer ENDP

OPTION FRAME:AUTO
; void asm_inner(void (*cb)(void)): FRAME:AUTO, every non-volatile saved
asm_inner PROC FRAME USES rbx rsi rdi r12 r13 r14 r15 xmm6 xmm7 xmm8 xmm9 xmm10 xmm11 xmm12 xmm13 xmm14 xmm15 cb:QWORD
        mov     rax, rcx
        mov     QWORD PTR inner_reached, 1
        mov     rbx, QWORD PTR gpr_c+0
        mov     rsi, QWORD PTR gpr_c+8
        mov     rdi, QWORD PTR gpr_c+16
        mov     r12, QWORD PTR gpr_c+24
        mov     r13, QWORD PTR gpr_c+32
        mov     r14, QWORD PTR gpr_c+40
        mov     r15, QWORD PTR gpr_c+48
        movdqa  xmm6, XMMWORD PTR xmm_c+0
        movdqa  xmm7, XMMWORD PTR xmm_c+16
        movdqa  xmm8, XMMWORD PTR xmm_c+32
        movdqa  xmm9, XMMWORD PTR xmm_c+48
        movdqa  xmm10, XMMWORD PTR xmm_c+64
        movdqa  xmm11, XMMWORD PTR xmm_c+80
        movdqa  xmm12, XMMWORD PTR xmm_c+96
        movdqa  xmm13, XMMWORD PTR xmm_c+112
        movdqa  xmm14, XMMWORD PTR xmm_c+128
        movdqa  xmm15, XMMWORD PTR xmm_c+144
        invoke  rax
        xor     eax, eax
        ret
asm_inner ENDP
END
