; .UNTILCXZ takes one == or != comparison only: A2062
.code
f PROC
        .REPEAT
        .UNTILCXZ eax < 3       ; ERROR A2062
        ret
f ENDP
END
