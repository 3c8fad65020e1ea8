; Issue 11: SIZEOF, LENGTHOF, SIZE and LENGTH take one name with its
; .fields; brackets after it index the result, as ml64 14.12 reads them:
; `SIZEOF a2[8]` is (SIZEOF a2)[8] = [16], a memory operand, for a PROC
; parameter and for data alike.  In parentheses SIZEOF and SIZE take a
; type name only (`sizeof(QWORD)`, a corpus file writes it; SIZEOF (v) is
; A2009: err/lang_sizeofparen); TYPE (v) is legal.
; CHECK: objdump -dr -M intel
S STRUCT
  a DD ?
  b DQ ?
S ENDS
.data
v DD 4 DUP (0)
sv S <>
.code
f PROC a1:QWORD, a2:QWORD
  mov eax, SIZEOF a2[8]
  mov eax, SIZEOF v[8]
  mov eax, LENGTHOF v[4]
  mov eax, SIZEOF sv.b
  mov eax, SIZEOF S.b[2]
  mov eax, TYPE (v)
  mov eax, SIZEOF a2
  mov eax, SIZEOF v + 1
  mov eax, sizeof(QWORD)
  mov eax, SIZEOF (S)
  mov eax, SIZE (QWORD) * 3
  ret
f ENDP
END
