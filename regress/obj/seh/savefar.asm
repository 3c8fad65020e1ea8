; .SAVEREG / .SAVEXMM128 in their far forms: SAVE_NONVOL_FAR when
; offset/8 > 0FFFFh (here 80000h, and 7FFFFFF8h), SAVE_XMM128_FAR when
; offset/16 > 0FFFFh (100000h), each an unscaled 32-bit offset in two
; extra slots.  Hand-derived from the MS x64 exception-handling docs:
; JWasm writes SAVE_NONVOL/SAVE_XMM128 with a truncated scaled offset here
; (an intentional difference), so it is no oracle for this file.
; CHECK: llvm-readobj --unwind
; CHECK: objdump -s -j .xdata
.code
savefar PROC FRAME
        sub     rsp, 7FFFFFF8h
        .ALLOCSTACK 7FFFFFF8h
        mov     [rsp+80000h], rsi
        .SAVEREG rsi, 80000h
        mov     [rsp+7FFFFFF0h], r14
        .SAVEREG r14, 7FFFFFF0h
        movdqa  [rsp+100000h], xmm7
        .SAVEXMM128 xmm7, 100000h
        .ENDPROLOG
        add     rsp, 7FFFFFF8h
        ret
savefar ENDP
END
