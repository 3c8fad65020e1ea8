; A second definition of a structure that differs in a field offset is
; not benign (ml64 A2165; JWasm A2161 "Non-benign structure redefinition").
POINT STRUCT
  x DWORD ?
  y DWORD ?
POINT ENDS
POINT STRUCT
  x QWORD ?
  y DWORD ?
POINT ENDS                        ; ERROR A2165
END
