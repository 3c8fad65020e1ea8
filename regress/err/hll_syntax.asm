; a comparison without its second operand: A2154
.code
f PROC
        .IF eax ==              ; ERROR A2154
        .ENDIF
        ret
f ENDP
END
