; Issue 11 item 15 (MASM64 SDK example xordata): st0..st7 are no reserved
; words in ml64, only st and st(i) name x87 registers, so st1 may be a
; LOCAL or a data label; `st dq 0` is A2008 (regress/err/lang_stname.asm).
; CHECK: objdump -d -r
; CHECK: objdump -s -j .data
.data
st0 dq 1
st7 dd 7
.code
f proc
  LOCAL st1:QWORD, st2:DWORD
  mov st1, rax
  mov st2, 3
  fld st0
  fild st7
  fadd st, st(1)
  fxch st(7)
  fstp st1
  ret
f endp
END
