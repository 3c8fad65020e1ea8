; A count that depends on its own size has no stable layout: the value
; assumed before layout must be found wrong afterwards, never silently used.
.code
L1:     jmp     L3
        db      (L3 - L1) dup (0)       ; ERROR A2907
L3:     ret
END
