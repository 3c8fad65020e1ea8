; ORG sets the location counter forward inside a section (the gap is zero
; in data, and in code); labels after ORG get the new offset; `$' sees it.
; CHECK: objdump -s -j .data
; CHECK: objdump -d -M intel
.code
f1 PROC
        ret
        ORG     10h
f2::
        ret
        ORG     20h
        ret
f1 ENDP
.data
        DB      1
        ORG     8
d8      DB      2
        ORG     20h
        DQ      d8
        DB      $ - d8
END
