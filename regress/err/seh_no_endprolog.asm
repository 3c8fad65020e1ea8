; A FRAME procedure without .ENDPROLOG: A2220, at ENDP.
.code
f PROC FRAME
        push    rbx
        .PUSHREG rbx
        pop     rbx
        ret
f ENDP                                  ; ERROR A2220
END
