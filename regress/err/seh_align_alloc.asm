; .ALLOCSTACK size not a multiple of 8: A2219.
.code
f PROC FRAME
        sub     rsp, 0Ch
        .ALLOCSTACK 0Ch                 ; ERROR A2219
        .ENDPROLOG
        add     rsp, 0Ch
        ret
f ENDP
END
