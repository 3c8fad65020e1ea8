; A scale other than 1, 2, 4, 8 (ml: A2083 invalid scale value).
.code
f1 PROC
        mov     eax, [rbx + rcx*3]      ; ERROR A2083
        ret
f1 ENDP
END
