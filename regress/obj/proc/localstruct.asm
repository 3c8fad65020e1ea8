; LOCAL and parameters of STRUCT type: field access and large structures
; (the frame holds the whole BIG).  Oracle: JWasm.
; CHECK: objdump -d -M intel
POINT STRUCT
  x DWORD ?
  y DWORD ?
POINT ENDS
BIG STRUCT
  a BYTE 300 DUP (?)
  b DWORD ?
BIG ENDS
.code
f proc p1:POINT
  local pt:POINT, bg:BIG, q:DWORD
  mov eax, pt.y
  mov bg.b, eax
  lea rax, bg
  mov q, 1
  ret
f endp
end
