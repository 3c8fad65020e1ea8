; More initializers than fields (JWasm: A2153 "Too many initial values
; for structure").
POINT STRUCT
  x DWORD ?
  y DWORD ?
POINT ENDS
.data
p POINT <1, 2, 3>                 ; ERROR A2036
END
