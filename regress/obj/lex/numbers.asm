; Lexer: integer constants in every MASM radix form, .RADIX 16 (where a
; trailing b or d is a hex digit, not a radix suffix), and real constants
; (decimal and the hex `r' form) in REAL4/REAL8/REAL10/DD/DQ.
; Hand check: 1.5 = 3FC00000 (REAL4), 3FF8000000000000 (REAL8),
; 3FFF C000000000000000 (REAL10); 2.0E-3 = 3B03126F, 3F60624DD2F1A9FC.
; CHECK: objdump -s -j .data
.data
n1      DB 0FFh, 101b, 101y, 17o, 17q, 10t, 10d, 42
        DW 0ABCDh, 1234, 0ffffH, 11111111B
        DD 7fffffffh, 4294967295
.RADIX 16
n2      DB 10, 1b, 1d, 0bh, 11t, 11o, 11y
        DW 100, 1bh, 0ffff
.RADIX 10
n3      DB 10, 1d
rl4     REAL4 1.5, 2.0E-3, 3F800000r, -1.0, 1.
rl8     REAL8 1.5, 2.0E-3, 3FF0000000000000r
rl10    REAL10 1.5, -2.0
dd1     DD 1.5
dq1     DQ 2.0E-3
END
