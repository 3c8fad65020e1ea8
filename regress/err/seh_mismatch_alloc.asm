; .ALLOCSTACK with a different size than the sub before it: A4904.
.code
f PROC FRAME
        sub     rsp, 20h
        .ALLOCSTACK 40h                 ; WARNING A4904
        .ENDPROLOG
        add     rsp, 20h
        ret
f ENDP
END
