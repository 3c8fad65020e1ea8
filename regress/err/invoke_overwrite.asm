; An INVOKE argument that reads a register an earlier argument already
; loaded: A2133 (rcx is argument 1, then read for argument 2).
f2 PROTO :QWORD, :QWORD
.code
g PROC
        invoke  f2, rdx, rcx            ; ERROR A2133
        ret
g ENDP
END
