; .SETFRAME offset above 240: A2913.
.code
f PROC FRAME
        push    rbp
        .PUSHREG rbp
        sub     rsp, 100h
        .ALLOCSTACK 100h
        lea     rbp, [rsp+100h]
        .SETFRAME rbp, 100h             ; ERROR A2913
        .ENDPROLOG
        ret
f ENDP
END
