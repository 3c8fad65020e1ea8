; Listing bytes of data directives in every simplified segment and in a
; named SEGMENT: sizes, strings longer than one listing row, DUP,
; relocated addresses, ALIGN and uninitialized data.
; LSTGREP: ^[0-9A-F]{8} 0000000000000000r
; LSTGREP: ^[0-9A-F]{8} \?\?
EXTERN ext:PROC
.data
b1      DB 1, 2, 3, -1
w1      DW 1234h, -2
d1      DD 12345678h, 0FFFFFFFFh
q1      DQ 1122334455667788h
str1    DB "A string that is longer than one row of the listing", 0
        ALIGN 8
dups    DB 5 DUP (0AAh), 3 DUP (1, 2)
addrs   DQ ext, q1
off     DD d1 - b1
.const
kk1      DD 0CAFEBABEh
kk2      DW 7 DUP (9)
.data?
buf     DB 100 DUP (?)
buf2    DQ ?
tbl SEGMENT READONLY ALIGN(16) 'CONST'
t1      DD 1, 2, 3
t2      DQ tbl_end
tbl_end LABEL BYTE
tbl ENDS
.data
after   DB 0EEh
END
