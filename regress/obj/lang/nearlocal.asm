; A PROC parameter or LOCAL of a distance TYPEDEF (`pfn TYPEDEF NEAR`) is
; an 8-byte code address, as ml64 14.12 lays it out: SIZEOF 8 (24 for
; three), TYPE 0FF08h; the frame is 28h bytes, not 0FF08h per variable.
; Values in order (ml64): 8 0FF08h 18h 8 0FF08h.
; CHECK: objdump -d -M intel
near_fn TYPEDEF NEAR
.code
f PROC p:near_fn
  LOCAL v:near_fn, w[3]:near_fn, b:BYTE
  mov eax, SIZEOF v
  mov eax, TYPE v
  mov eax, SIZEOF w
  mov eax, SIZEOF p
  mov eax, TYPE p
  mov rax, p
  lea rax, w
  lea rax, b
  ret
f ENDP
END
