; A line that is neither an instruction nor a directive.
.code
f1 PROC
        mov     eax, 1
        foo bar baz                     ; ERROR A2008
        ret
f1 ENDP
END
