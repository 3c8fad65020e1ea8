; A struct instance needs <...>, {...} or ? (ml64 A2179 "structure
; improperly initialized").
POINT STRUCT
  x DWORD ?
POINT ENDS
.data
p POINT 5                         ; ERROR A2179
END
