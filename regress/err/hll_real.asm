; a real number as a condition: A2050
.code
f PROC
        .WHILE 1.5              ; ERROR A2050
        .ENDW
        ret
f ENDP
END
