; INVOKE with fewer arguments than the prototype: A2137.
f2 PROTO :QWORD, :QWORD
.code
g PROC
        invoke  f2, 1                   ; ERROR A2137
        ret
g ENDP
END
