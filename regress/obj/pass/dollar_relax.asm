; $ minus a label after a relaxable jmp/jcc that must grow (issue 11): the
; value used in pass 2 is the final one, as ml64's, not the offset with
; every branch still short (that was error A2907).  Forward and backward
; jumps, short and near, immediates and a data item after the code.
; CHECK: objdump -dr -M intel
_TEXT SEGMENT
f PROC
        jmp     fwd_far
        db      150 dup (90h)
fwd_far::
        mov     eax, $ - f              ; jmp is E9: 5 + 150
        ret
f ENDP
g PROC
back_far::
        db      150 dup (90h)
        jmp     back_far                ; backward, E9
        mov     eax, $ - g
        ret
g ENDP
h PROC
        jmp     fwd_near                ; stays EB
        db      10 dup (90h)
fwd_near::
        mov     eax, $ - h
        jmp     h                       ; backward, EB
        mov     ecx, $ - h
        ret
h ENDP
k PROC
        jz      jcc_far                 ; 0F 84
        db      150 dup (90h)
jcc_far::
        add     eax, $ - k
        add     eax, jcc_far - k
        ret
k ENDP
        dd      $ - f, fwd_far - f, jcc_far - k
_TEXT ENDS
END
