; RECORD: field shifts (the field name is a constant), MASK/WIDTH of
; fields and records, record sizes by total width (12 bits -> WORD,
; 33 and 44 bits -> QWORD), defaults, <...> and {...} instances, a record
; constant in an expression, TYPE/SIZEOF.
; Hand check: R1 f1:3,f2:5=1,f3:4 -> f3 = bits 0-3, f2 = 4-8, f1 = 9-11;
; <1,2,3> = 1 SHL 9 + 2 SHL 4 + 3 = 223h; MASK f2 = 1F0h.
; CHECK: objdump -s -j .data
; CHECK: objdump -d -M intel
R1 RECORD f1:3, f2:5=1, f3:4
R2 RECORD g1:20=5, g2:13
R3 RECORD h1:1
R4 RECORD k1:40=3, k2:4
.data
v1 R1 <>
v2 R1 <1, 2, 3>
v3 R2 <>
v4 R3 <1>
v5 R4 <>
v6 R1 {,,5}
v7 R2 <0FFFFFh, 0>
.code
 mov eax, MASK f2
 mov eax, WIDTH f2
 mov eax, f2
 mov eax, f1
 mov eax, MASK R1
 mov eax, WIDTH R1
 mov eax, SIZEOF R1
 mov eax, TYPE v3
 mov eax, SIZEOF R4
 mov eax, TYPE R3
 mov rax, MASK k1
 mov eax, WIDTH k1
 mov eax, R1 <1,2,3>
 mov eax, (R1 <7>) SHR f1
 mov ax, v1
 mov rax, v3
 and eax, NOT MASK f3
 mov al, v4
 mov rax, v5
 mov ax, v6
 mov rax, v7
END
