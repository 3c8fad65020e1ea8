; .SAVEREG and .SAVEXMM128 in their near (scaled 16-bit) forms, up to the
; largest near offsets: SAVE_NONVOL offset/8 <= 0FFFFh (7FFF8h),
; SAVE_XMM128 offset/16 <= 0FFFFh (0FFFF0h).  The far forms are in
; savefar.asm (JWasm mis-encodes them; hand-derived there).
; CHECK: llvm-readobj --unwind
; CHECK: objdump -dr -M intel
; CHECK: objdump -s -j .xdata
.code
savenear PROC FRAME
        sub     rsp, 100008h
        .ALLOCSTACK 100008h
        mov     [rsp], rbx
        .SAVEREG rbx, 0
        mov     [rsp+8], rbp
        .SAVEREG rbp, 8
        mov     [rsp+7FFF8h], r15
        .SAVEREG r15, 7FFF8h
        movdqa  [rsp+10h], xmm6
        .SAVEXMM128 xmm6, 10h
        movdqa  [rsp+0FFFF0h], xmm15
        .SAVEXMM128 xmm15, 0FFFF0h
        .ENDPROLOG
        add     rsp, 100008h
        ret
savenear ENDP
END
