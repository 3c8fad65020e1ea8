; Expressions: arithmetic, shifts, logic, relational operators (true = -1,
; false = 0), unary + and -, parentheses, precedence (* before +, AND before
; OR, NOT before AND), HIGH LOW HIGHWORD LOWWORD LOW32 HIGH32.
; Hand check of a few: 7 MOD 3 = 1; 1 SHL 4 = 10h; 0F0h OR 0Fh AND 3 =
; 0F3h; NOT 0 AND 0FFh = 0FFh; -(3-5) = 2; HIGH 1234h = 12h.
; CHECK: objdump -s -j .data
.data
a1      DB 2+3, 7-9, 3*4, 17/5, 7 MOD 3, -(3-5), +6, (1+2)*3, 1+2*3
a2      DB 1 SHL 4, 80h SHR 3, 0F0h AND 3Ch, 0F0h OR 0Fh AND 3
        DB 0FFh XOR 0Fh, NOT 0 AND 0FFh, NOT 1 AND 0FFh, 10 - 2 - 3, 64/4/2
a3      DB 3 EQ 3, 3 EQ 4, 3 NE 4, 3 LT 4, 4 LT 3, 3 LE 3, 4 GT 3, 3 GE 4
        DB -1 LT 0, (2 GT 1) AND 5
a4      DB HIGH 1234h, LOW 1234h
        DW HIGHWORD 12345678h, LOWWORD 12345678h
        DD LOW32 123456789ABCDEF0h, HIGH32 123456789ABCDEF0h
        DQ 1 SHL 40, -1 SHR 60, -16 / 2, -7 MOD 4
        DW -1, -32768, 65535, 1 SHL 3 + 1
END
