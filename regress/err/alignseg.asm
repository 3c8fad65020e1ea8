; issue 10 item 4: ALIGN larger than the section's alignment (16 for .code)
; is ml64's A2189, checked with ml64 14.12 under wine.
.code
f1 PROC
        nop
        ALIGN   32                              ; ERROR A2189
        ret
f1 ENDP
END
