; Issue 11 (item 14): the text of @SizeStr and @InStr is the number in the
; current radix after a 0, as ml64 writes it: 4 is "04", 12 "012", 0 "00",
; and 12 is "0C" under .RADIX 16.  The texts are stored as strings (a `%` line
; with "&n1&").
; CHECK: objdump -s -j .data
.data
n1 TEXTEQU @SizeStr(<abcd>)
n2 TEXTEQU @SizeStr(<abcdefghijkl>)
n3 TEXTEQU @InStr(1, <abcdef>, <de>)
n4 TEXTEQU @InStr(1, <abcdef>, <xy>)
% DB "&n1&", 0
% DB "&n2&", 0
% DB "&n3&", 0
% DB "&n4&", 0
  DB n2                         ; the text is still the number 12
.RADIX 16
h1 TEXTEQU @SizeStr(<abcdefghijkl>)
% DB "&h1&", 0
.RADIX 10
END
