; A field the type does not have: undefined symbol (JWasm: A2102 "Symbol
; not defined"); [rbx].x without a type (no ASSUME) is the same error.
POINT STRUCT
  x DWORD ?
POINT ENDS
.data
p POINT <>
.code
 mov eax, p.z                     ; ERROR A2006
END
