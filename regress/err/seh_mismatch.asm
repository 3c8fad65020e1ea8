; .PUSHREG naming a different register than the push before it: A4904.
.code
f PROC FRAME
        push    rbx
        .PUSHREG rsi                    ; WARNING A4904
        .ENDPROLOG
        pop     rbx
        ret
f ENDP
END
