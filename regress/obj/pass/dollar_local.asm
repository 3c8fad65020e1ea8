; '$' and label differences as numbers after forward jumps to labels of
; the PROC (local labels): in pass 1 such a jump names a symbol of its own
; until the label is defined, and the layout between the passes counted
; it near, so pass 2 sized short jumps near and '$' was off (A2907); ml64
; 14.12 assembles all of these.  Each PROC has its own `done`.
; CHECK: objdump -dr -M intel
_TEXT SEGMENT
f PROC
        jz      done                    ; short: 124 bytes on
        jz      done                    ; short
        db      122 dup (90h)
done:
        mov     eax, $ - f
        ret
f ENDP
g PROC
        jz      done                    ; short
        jnz     far_one                 ; near
        db      120 dup (90h)
done:
        jmp     later                   ; short
        db      10 dup (90h)
far_one:
        mov     eax, $ - g
        db      100 dup (90h)
later:
        jmp     g
        mov     eax, later - g
        ret
g ENDP
h PROC
        db      84 dup (90h)
        mov     eax, $ - h
        jmp     done                    ; near
back:
        db      32 dup (90h)
        jnz     back
        mov     ecx, last - h           ; forward: its pass 1 value
        db      90 dup (90h)
done:
        mov     eax, $ - h
last:
        ret
h ENDP
        dd      $ - f
_TEXT ENDS
END
