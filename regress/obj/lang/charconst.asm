; Issue 11 (item 14): `=` with a quoted string is a number, its characters
; read most significant first as ml64 does: "AB" = 4142h, up to 8 characters.
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
.data
one = "A"
two = "AB"
four = 'WXYZ'
eight = "abcdefgh"
next = two + 1
  DB one
  DW two
  DD four
  DQ eight
  DW next
.code
  mov eax, two
  cmp al, one
END
