; .ENDW closing an .IF: A1010 block nesting
.code
f PROC
        .IF eax
        .ENDW                   ; FATAL A1010
        ret
f ENDP
END
