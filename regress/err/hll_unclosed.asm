; .IF never closed: A1010 at the opening line, reported at the end
.code
f PROC
        .IF eax == 1            ; FATAL A1010
        nop
        ret
f ENDP
END
