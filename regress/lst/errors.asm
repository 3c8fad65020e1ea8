; A source with errors: no object is written, but the listing is, and each
; message appears right after its line.  Correct lines around the errors
; are still listed with their bytes.
; LSTGREP: ^[0-9A-F]{8} 90 
; LSTGREP: 3 Errors$
.data
good    DD 1
        DD nosuch               ; ERROR A2006
.code
        nop
        mov     eax, undefined1 ; ERROR A2006
        mov     al, 300         ; ERROR A2084
        ret
END
