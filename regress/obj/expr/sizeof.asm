; SIZEOF, LENGTHOF and TYPE of data labels (scalars, lists, DUP arrays,
; nested DUP, strings), TYPE of PTR types and registers, and `$'.
; Hand check: arr DD 10 DUP (?) -> LENGTHOF 10, SIZEOF 40, TYPE 4;
; str1 DB "abcd",0 -> LENGTHOF 5; nest DW 2 DUP (3 DUP (1)) -> LENGTHOF 6.
; CHECK: objdump -s -j .data
.data
b1      DB 1
w1      DW 1, 2, 3
arr     DD 10 DUP (?)
nest    DW 2 DUP (3 DUP (1))
str1    DB "abcd", 0
q1      QWORD 4 DUP (0)
t1      TBYTE 0
o1      OWORD 0
here    DB $ - b1, SIZEOF b1, LENGTHOF b1, TYPE b1
        DB SIZEOF w1, LENGTHOF w1, TYPE w1
        DB SIZEOF arr, LENGTHOF arr, TYPE arr
        DB SIZEOF nest, LENGTHOF nest, TYPE nest
        DB SIZEOF str1, LENGTHOF str1, TYPE str1
        DB SIZEOF q1, LENGTHOF q1, TYPE q1
        DB TYPE t1, TYPE o1, SIZEOF t1
        DB TYPE BYTE, TYPE WORD, TYPE DWORD, TYPE FWORD, TYPE QWORD
        DB TYPE TBYTE, TYPE OWORD, TYPE REAL4, TYPE REAL8, TYPE REAL10
        DB TYPE YMMWORD
        DB $ - here
        DQ $
END
