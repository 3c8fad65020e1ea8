; ALIGN in data (zero fill) and the offsets of labels after it.
; CHECK: objdump -s -j .data
.data
a1      DB 1
        ALIGN 4
a4      DD 2
        DB 3
        ALIGN 8
a8      DQ 4
        DB 5
        ALIGN 16
a16     DB 6
        EVEN
a2      DW 7
END
