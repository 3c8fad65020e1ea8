; Every data directive and type name: DB DW DD DQ DT, BYTE SBYTE WORD SWORD
; DWORD SDWORD FWORD QWORD SQWORD TBYTE OWORD REAL4 REAL8 REAL10, `?',
; nested DUP, strings in BYTE and in wider types.
; Hand check: DT 1 = 01 + 9 zero bytes; FWORD 1 = 01 00 00 00 00 00;
; OWORD 1 = 01 + 15 zeros; SBYTE -1 = FF; 'AB' in DW = 42 41.
; CHECK: objdump -s -j .data
.data
        DB      1, ?, -1
        DW      2, ?
        DD      3
        DQ      4
        DT      1
        BYTE    5
        SBYTE   -1, -128
        WORD    6
        SWORD   -2
        DWORD   7
        SDWORD  -3
        FWORD   1
        QWORD   8
        SQWORD  -4
        TBYTE   9
        OWORD   1
        REAL4   0.5
        REAL8   -0.5
        REAL10  0.5
        DB      2 DUP (1, 2 DUP (3, 2 DUP (4)))
        DW      3 DUP (?)
        DW      'AB', 'C'
        DD      'ABCD'
        BYTE    "str", 0
END
