; TYPE of every size keyword, and TYPE of a PTR expression, BYTE..ZMMWORD.
; Hand-derived (sizes from the MASM reference: BYTE 1, WORD 2, DWORD 4,
; FWORD 6, QWORD 8, TBYTE 10, OWORD/XMMWORD 16, YMMWORD 32, ZMMWORD 64);
; the GNU as twin typeptr.s just spells those numbers.
; CHECK: objdump -s -j .data
.data
        DB TYPE BYTE, TYPE SBYTE, TYPE WORD, TYPE SWORD, TYPE DWORD
        DB TYPE SDWORD, TYPE FWORD, TYPE QWORD, TYPE SQWORD, TYPE TBYTE
        DB TYPE OWORD, TYPE XMMWORD, TYPE YMMWORD, TYPE ZMMWORD
        DB TYPE REAL4, TYPE REAL8, TYPE REAL10
        DB TYPE (BYTE PTR [rax]), TYPE (WORD PTR [rax]), TYPE (TBYTE PTR [rax])
        DB TYPE (ZMMWORD PTR [rax]), SIZEOF YMMWORD
        DB 10 DUP (0)
END
