; Names of anonymous members (nested STRUCT/UNION without a name) are found
; through them at their offsets, at any depth, in small types (looked up by
; a walk) and big ones (16 fields or more: a hash index of every name,
; the anonymous members' included, built once).  Unnamed data fields in
; between find nothing.  Oracle: ml64.
; CHECK: objdump -d -M intel
POINT STRUCT
  x DD ?
  y DD ?
POINT ENDS
SMALL STRUCT
  a1 BYTE ?
  UNION
    u1 WORD ?
    STRUCT
      d1 BYTE ?
      d2 DWORD ?
    ENDS
  ENDS
  DB 3 DUP (?)
  a2 WORD ?
SMALL ENDS
BIG STRUCT
  b0 BYTE ?
  DB ?
  UNION
    bu1 DWORD ?
    STRUCT
      bs1 WORD ?
      UNION
        deep1 BYTE ?
        deep2 QWORD ?
      ENDS
      bs2 BYTE ?
    ENDS
  ENDS
  b1 BYTE ?
  b2 BYTE ?
  b3 BYTE ?
  b4 BYTE ?
  b5 BYTE ?
  b6 BYTE ?
  b7 BYTE ?
  b8 BYTE ?
  b9 BYTE ?
  b10 BYTE ?
  b11 BYTE ?
  b12 BYTE ?
  b13 BYTE ?
  b14 BYTE ?
  b15 BYTE ?
  STRUCT
    late1 DWORD ?
    late2 POINT <>
  ENDS
  b16 DWORD ?
  pt POINT <>
BIG ENDS
OUTER STRUCT
  o1 BYTE ?
  sm SMALL <>
  UNION
    ob BIG <>
    oq QWORD ?
  ENDS
  o2 WORD ?
OUTER ENDS
.code
 mov eax, SMALL.a1
 mov eax, SMALL.u1
 mov eax, SMALL.d1
 mov eax, SMALL.d2
 mov eax, SMALL.a2
 mov eax, SIZEOF SMALL
 mov eax, BIG.b0
 mov eax, BIG.bu1
 mov eax, BIG.bs1
 mov eax, BIG.deep1
 mov eax, BIG.deep2
 mov eax, BIG.bs2
 mov eax, BIG.b1
 mov eax, BIG.b15
 mov eax, BIG.late1
 mov eax, BIG.late2
 mov eax, BIG.late2.y
 mov eax, BIG.b16
 mov eax, BIG.pt.y
 mov eax, SIZEOF BIG
 mov eax, OUTER.sm.d2
 mov eax, OUTER.ob
 mov eax, OUTER.ob.deep2
 mov eax, OUTER.ob.late2.y
 mov eax, OUTER.oq
 mov eax, OUTER.o2
 lea rax, [rbx].BIG.deep2
 mov eax, [rbx].BIG.late2.x
 lea rax, (BIG PTR [rbx]).bs2
 mov eax, SIZEOF OUTER
END
