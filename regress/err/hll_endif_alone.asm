; .ENDIF without .IF: ml64 fatal A1011 (printed as an error; assembly goes on)
.code
f PROC
        .ENDIF                  ; FATAL A1011
        ret
f ENDP
END
