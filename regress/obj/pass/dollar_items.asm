; '$' in a list of data items is the address of the item it is in, in
; DUP each copy's own (issue 11; ml64 14.12), not the start of the line.
; CHECK: objdump -s -j .data
; CHECK: objdump -dr -M intel
_DATA SEGMENT
x       dd      0
y       dd      $ - x, $ - x, $ - x
z       dw      $ - x, 2 dup ($ - x), 1
s       db      "ab", $ - x, 3 dup (1, $ - x)
n       dq      0, x - $
_DATA ENDS
_TEXT SEGMENT
f PROC
        jz      far_away
        db      140 dup (90h)
far_away::
        ret
f ENDP
        dd      $ - f, $ - f, far_away - $
_TEXT ENDS
END
