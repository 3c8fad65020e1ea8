; .PUSHREG of a volatile register (rcx): A4906.
.code
f PROC FRAME
        push    rcx
        .PUSHREG rcx                    ; WARNING A4906
        .ENDPROLOG
        pop     rcx
        ret
f ENDP
END
