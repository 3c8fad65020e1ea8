; A SEH directive after .ENDPROLOG: A2912.
.code
f PROC FRAME
        push    rbx
        .PUSHREG rbx
        .ENDPROLOG
        sub     rsp, 8
        .ALLOCSTACK 8                   ; ERROR A2912
        add     rsp, 8
        pop     rbx
        ret
f ENDP
END
