; ARGS: -e 3
; With -e 3 assembly stops at the third error.
.code
        mov     eax, undefined1         ; ERROR A2006
        mov     eax, undefined2         ; ERROR A2006
        mov     eax, undefined3         ; ERROR A2006 ; FATAL A1012
        mov     eax, undefined4
END
