; A SEH directive in a PROC without FRAME: A2221 (missing FRAME in PROC).
.code
f PROC
        push    rbx
        .PUSHREG rbx                    ; ERROR A2221
        pop     rbx
        ret
f ENDP
END
