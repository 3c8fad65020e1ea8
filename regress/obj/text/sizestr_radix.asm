; SIZESTR and INSTR under .RADIX 16 and 8: the count is a number, 12 and
; 11 whatever the radix (ml64 14.12).  @SizeStr/@InStr write it as text in
; the current radix ("0C"), and the directives read that text back in
; decimal: 0 under .RADIX 16, 14 under .RADIX 8.
; CHECK: objdump -s -j .data
.radix 16
n1 SIZESTR <abcdefghijkl>
n2 INSTR <abcdefghijkl>, <k>
.radix 8
n3 SIZESTR <abcdefghijkl>
n4 INSTR 2, <abcdefghijkl>, <i>
.radix 10
.data
DD n1, n2, n3, n4
END
