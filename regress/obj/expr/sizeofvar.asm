; SIZE/LENGTH and SIZEOF/LENGTHOF/TYPE of PROC parameters and LOCALs, and
; SIZE/LENGTH of data labels, as ml64 14.12 gives them (the MASM64 SDK's
; macros ask `SIZE arg' of a parameter).  For a parameter or LOCAL:
; SIZEOF/LENGTHOF count all elements of `LOCAL v[n]:T', TYPE and SIZE give
; one element, LENGTH is 1.  For data: LENGTH is the count of a DUP that
; starts the initializer (else 1), SIZE = LENGTH * TYPE; a LABEL of a type
; is one element; a THIS label has SIZEOF and LENGTHOF 0.
; Values in order (ml64; VEC is 6 bytes): 8 4 1 2 6 4 8 1 1 | 10 4 4 2 6
; 1 6 10 1 1 | 1 1 12 3 8 1 | 9 3 6 1 1 0 | 8 1 8 6; in .data 0 0 0
; (`mov eax, SIZEOF th' is A2022 in ml64 14.12).
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
VEC STRUCT
  a WORD ?
  b DWORD ?
VEC ENDS
MYW TYPEDEF WORD
.data
s1 db "text", 0
t1 dd 3 dup (7, 8)
t2 dq 5, 2 dup (0)
v1 VEC <>, <>
v2 VEC 3 dup (<>)
n1 MYW 1, 2
lb label qword
 dq 0
th EQU THIS WORD
 dw 0
.code
f proc p1:QWORD, p2:DWORD, p3:BYTE, p4:WORD, p5:VEC
  LOCAL l1:QWORD, l2:DWORD, l3[5]:WORD, l4[2]:VEC
  mov eax, SIZE p1
  mov eax, SIZE p2
  mov eax, SIZE p3
  mov eax, SIZEOF p4
  mov eax, SIZEOF p5
  mov eax, SIZEOF l2
  mov eax, TYPE l1
  mov eax, LENGTH p1
  mov eax, LENGTHOF l1
  mov eax, SIZEOF l3
  mov eax, LENGTHOF l3 - 1
  mov eax, SIZE l4 - 2
  mov eax, SIZE l3
  mov eax, SIZE p5
  mov eax, LENGTH l3
  mov eax, TYPE l4
  mov eax, SIZEOF l3
  mov eax, LENGTH l4
  mov eax, LENGTHOF p5
  mov eax, SIZE s1
  mov eax, LENGTH s1
  mov eax, SIZE t1
  mov eax, LENGTH t1
  mov eax, SIZE t2
  mov eax, LENGTH t2
  mov eax, SIZE v2 / 2
  mov eax, LENGTH v2
  mov eax, SIZE v1
  mov eax, LENGTH v1
  mov eax, LENGTHOF n1 - 1
  mov eax, SIZE n1 - 2
  mov eax, SIZEOF lb
  mov eax, LENGTHOF lb
  mov eax, SIZE lb
  mov eax, SIZEOF v2 / 3
  ret
f endp
.data
 dq SIZEOF th, LENGTHOF th, SIZE th
END
