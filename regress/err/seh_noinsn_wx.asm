; ARGS: -WX
; Under -WX (warnings are errors, exit 1, no object): A SEH directive with no instruction before it: A4905.
.code
f PROC FRAME
        .PUSHREG rbx                    ; WARNING A4905
        .ENDPROLOG
        ret
f ENDP
END
