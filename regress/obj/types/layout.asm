; STRUCT/UNION layout: offsets (TYPE.field constants), sizes, alignment
; argument (a field goes to min(align, its natural alignment); the size is
; padded to the largest such alignment), nested named and anonymous
; STRUCT/UNION members, TYPE/SIZEOF/LENGTHOF of types and fields.
; Hand check: A1 STRUCT 4 puts d1 at 4, w1 at 8, q1 at 0Ch (min(4,8)),
; b2 at 14h, size 15h padded to 18h; U1 is 6 bytes (the WORD array);
; S2's anonymous UNION at 1 is 4 bytes, so s1 is at 5.
; CHECK: objdump -d -M intel
A1 STRUCT 4
  b1 BYTE ?
  d1 DWORD ?
  w1 WORD ?
  q1 QWORD ?
  b2 BYTE ?
A1 ENDS
A8 STRUCT 8
  b1 BYTE ?
  q1 QWORD ?
  b2 BYTE ?
A8 ENDS
A2 STRUCT 16
  b1 BYTE ?
  w1 WORD ?
A2 ENDS
N1 STRUCT 8
  b1 BYTE ?
  s  A2 <>
  b2 BYTE ?
N1 ENDS
U1 UNION
  b1 BYTE ?
  d1 DWORD ?
  w1 WORD 3 DUP (?)
U1 ENDS
S2 STRUCT
  f1 BYTE ?
  UNION
    u1 WORD ?
    u2 DWORD ?
  ENDS
  STRUCT
    s1 BYTE ?
    s2 BYTE ?
  ENDS
  f2 BYTE ?
  STRUCT inner
    i1 WORD ?
    i2 WORD ?
  ENDS
  f3 BYTE ?
S2 ENDS
S4 STRUCT 16
  a BYTE ?
  t TBYTE ?
  f FWORD ?
  o OWORD ?
S4 ENDS
; the same definition again is benign
A2 STRUCT 16
  b1 BYTE ?
  w1 WORD ?
A2 ENDS
.code
 mov eax, A1.b1
 mov eax, A1.d1
 mov eax, A1.w1
 mov eax, A1.q1
 mov eax, A1.b2
 mov eax, SIZEOF A1
 mov eax, A8.q1
 mov eax, A8.b2
 mov eax, SIZEOF A8
 mov eax, SIZEOF A2
 mov eax, N1.s
 mov eax, N1.s.w1
 mov eax, N1.b2
 mov eax, SIZEOF N1
 mov eax, SIZEOF U1
 mov eax, S2.u1
 mov eax, S2.u2
 mov eax, S2.s1
 mov eax, S2.s2
 mov eax, S2.f2
 mov eax, S2.inner
 mov eax, S2.inner.i2
 mov eax, S2.f3
 mov eax, SIZEOF S2
 mov eax, TYPE S2.inner
 mov eax, SIZEOF S2.inner
 mov eax, TYPE U1.w1
 mov eax, SIZEOF U1.w1
 mov eax, LENGTHOF U1.w1
 mov eax, TYPE A1
 mov eax, S4.t
 mov eax, S4.f
 mov eax, S4.o
 mov eax, SIZEOF S4
 mov rax, [rbx + A1.q1]
 mov eax, [rbx].A1.d1
 mov eax, (A1 PTR [rsi]).d1
 mov al, (N1 PTR [rdi+8]).s.b1
 mov eax, A1.d1 + A1.w1 * 2
END
