; ml64 14.12 reserves VARARG: no label of that name (issue 11).
.code
f1 PROC
vararg: nop                             ; ERROR A2008
        ret
f1 ENDP
END
