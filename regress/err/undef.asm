; An undefined symbol is reported on the line that uses it.
.code
f1 PROC
        mov     eax, nosuch             ; ERROR A2006
        ret
f1 ENDP
END
