; .SAVEREG offset not a multiple of 8: A2219 (bad alignment).
.code
f PROC FRAME
        mov     [rsp+0Ch], rsi
        .SAVEREG rsi, 0Ch               ; ERROR A2219
        .ENDPROLOG
        ret
f ENDP
END
