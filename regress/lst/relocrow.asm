; A listing row full of relocated fields: ten bytes and five 'r' marks
; (25 columns) must still be separated from the source text by a blank.
.data
x       DB 1
y       DW SEG x, SEG x, SEG x, SEG x, SEG x
z       DD x, x, x
.code
        nop
END
