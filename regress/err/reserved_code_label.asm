; ml64 14.12: CODE is no code label (A2008 on the colon; issue 11).
.code
f1 PROC
        nop
code::                                  ; ERROR A2008
        ret
f1 ENDP
END
