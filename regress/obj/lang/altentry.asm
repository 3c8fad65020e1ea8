; Item 13 of issue 11: ALTENTRY name inside a PROC FRAME: name (defined
; with ::) is a public alternate entry; the procedure keeps one .pdata
; entry and its unwind data.
; CHECK: objdump -dr -M intel
; CHECK: llvm-nm -g
; CHECK: objdump -s -j .pdata
; CHECK: objdump -s -j .xdata
.code
scan PROC FRAME
  push rsi
  .pushreg rsi
  sub rsp, 20h
  .allocstack 20h
  .endprolog
  xor eax, eax
ALTENTRY scan_from_eax
scan_from_eax::
  add eax, 3
  add rsp, 20h
  pop rsi
  ret
scan ENDP
END
