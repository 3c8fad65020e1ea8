; FRAME:handler: UNW_FLAG_EHANDLER|UNW_FLAG_UHANDLER set, the handler's
; RVA (ADDR32NB relocation) after the codes, padded to an even slot count;
; a second handler proc with an odd code count (pad slot) and a plain FRAME
; proc after them, whose .xdata offset depends on the handler data size.
; CHECK: llvm-readobj --unwind
; CHECK: objdump -s -j .xdata
.code
myhandler PROC
        xor     eax, eax
        ret
myhandler ENDP

h1 PROC FRAME:myhandler
        push    rbx
        .PUSHREG rbx
        sub     rsp, 20h
        .ALLOCSTACK 20h
        .ENDPROLOG
        add     rsp, 20h
        pop     rbx
        ret
h1 ENDP

h2 PROC FRAME:myhandler
        push    rsi
        .PUSHREG rsi
        .ENDPROLOG
        pop     rsi
        ret
h2 ENDP

after PROC FRAME
        push    rdi
        .PUSHREG rdi
        .ENDPROLOG
        pop     rdi
        ret
after ENDP
END
