; .BREAK with only an .IF open, no loop: A1011
.code
f PROC
        .IF eax
        .BREAK                  ; FATAL A1011
        .ENDIF
        ret
f ENDP
END
