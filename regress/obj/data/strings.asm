; Data directives: strings, DB/DW/DD/DQ, negative values, DUP (nested),
; uninitialized `?` in .data (zero-filled), character constants.
; CHECK: objdump -s -j .data
.data
s1      DB "Hello", 0
s2      DB 'it''s', "say ""hi""", 0
b1      DB 1, 2, 0FFh, -1, -128, 127
w1      DW 1234h, -2, 0FFFFh
d1      DD 12345678h, -1, 0
q1      DQ 0123456789ABCDEFh, -2
dup1    DB 3 DUP (0AAh)
dup2    DW 2 DUP (1, 2 DUP (7))
unin    DD 2 DUP (?)
chr     DW 'AB'
        DD 'ABC'
bin     DB 1010b, 17o, 10
END
