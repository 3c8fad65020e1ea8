; Struct instances: defaults, <> and {} overrides, empty items keep the
; default, nested struct fields with their own <...>, strings shorter
; than the field padded with blanks, DUP of instances, unions (only the
; first member initialized), a struct in .data? (no bytes), and the
; SIZEOF/LENGTHOF/TYPE of instance labels.  Every label is referenced,
; so that the symbol tables agree.
; Hand check: r2 = <<7,8>,,9> gives 07 00 00 00 08 00 00 00 03 00 00 00
; 04 00 00 00 09 (rb keeps its default <3,4>).
; CHECK: objdump -s -j .data
; CHECK: objdump -d -r -M intel
POINT STRUCT
  x DWORD ?
  y DWORD 5
POINT ENDS
RECT STRUCT
  tl POINT <>
  rb POINT <3,4>
  fl BYTE ?
RECT ENDS
NAMED STRUCT
  s BYTE "abcdef"
  n WORD 1, 2
NAMED ENDS
UU UNION
  w WORD 1234h
  d DWORD ?
UU ENDS
BSSREC STRUCT
  a QWORD ?
  b DWORD ?
BSSREC ENDS
.data
p POINT <1, 2>
r RECT <>
r2 RECT <<7,8>,,9>
arr POINT 3 DUP (<>)
q POINT {10, 20}
nm NAMED <"xy">
nm2 NAMED <"xyzuvw", {5, 6}>
u UU <>
u2 UU <77h>
POINT <-1, -2>
pl POINT <>, <1>, {,2}
.data?
bss BSSREC 2 DUP (<>)
.code
 mov eax, p.x
 mov eax, p.y
 mov eax, r.rb.y
 mov al, r.fl
 mov eax, r2.tl.y
 mov eax, arr[8].y
 mov eax, q.y
 mov ax, nm.n
 mov al, nm2.s
 mov ax, u.w
 mov eax, u2.d
 mov eax, pl.x
 mov eax, bss[8].b
 mov rax, p
 lea rax, r
 mov eax, TYPE p
 mov eax, SIZEOF arr
 mov eax, LENGTHOF arr
 mov eax, TYPE RECT
 mov eax, SIZEOF RECT
 mov eax, SIZEOF pl
 mov eax, LENGTHOF pl
 mov eax, SIZEOF bss
 mov eax, TYPE r.rb
 mov eax, SIZEOF nm.n
END
