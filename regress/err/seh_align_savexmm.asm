; .SAVEXMM128 offset not a multiple of 16: A2219.
.code
f PROC FRAME
        sub     rsp, 28h
        .ALLOCSTACK 28h
        movdqu  [rsp+8], xmm6
        .SAVEXMM128 xmm6, 8             ; ERROR A2219
        .ENDPROLOG
        add     rsp, 28h
        ret
f ENDP
END
