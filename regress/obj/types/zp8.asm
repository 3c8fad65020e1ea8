; /Zp8: the default alignment of a STRUCT that names none (ml64's structure
; packing).  Members are aligned to MIN(8, their size) but, unlike
; STRUCT 8 written out, the size is not padded to it (S3 is 9 bytes under
; /Zp8; with "S3 STRUCT 8" it would be 16).  An explicit alignment (S2)
; wins; unions and nested structs follow the same rule.
; ARGS: -Zp8
; CHECK: objdump -s -j .data
S1 STRUCT
a BYTE ?
b DWORD ?
c QWORD ?
S1 ENDS
S3 STRUCT
q QWORD ?
b BYTE ?
S3 ENDS
S4 STRUCT
w WORD ?
b BYTE ?
d DWORD ?
S4 ENDS
U1 UNION
b BYTE ?
q QWORD ?
U1 ENDS
S5 STRUCT
b BYTE ?
u U1 <>
S5 ENDS
S2 STRUCT 2
a BYTE ?
b DWORD ?
S2 ENDS
.data
; SIZEOF S1, S1.b, S1.c, SIZEOF S3, SIZEOF S4, S4.d, SIZEOF U1, SIZEOF S5,
; S5.u, SIZEOF S2
DD SIZEOF S1, S1.b, S1.c, SIZEOF S3, SIZEOF S4, S4.d, SIZEOF U1, SIZEOF S5, S5.u, SIZEOF S2
x1 S1 <>
x3 S3 <>
x5 S5 <>
END
