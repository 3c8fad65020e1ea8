; INVOKE with more arguments than the prototype: A2136.
f2 PROTO :QWORD, :QWORD
.code
g PROC
        invoke  f2, 1, 2, 3             ; ERROR A2136
        ret
g ENDP
END
