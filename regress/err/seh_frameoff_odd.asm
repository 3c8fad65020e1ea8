; .SETFRAME offset not a multiple of 16: A2913.
.code
f PROC FRAME
        push    rbp
        .PUSHREG rbp
        sub     rsp, 20h
        .ALLOCSTACK 20h
        lea     rbp, [rsp+8]
        .SETFRAME rbp, 8                ; ERROR A2913
        .ENDPROLOG
        ret
f ENDP
END
