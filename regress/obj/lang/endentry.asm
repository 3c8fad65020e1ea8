; JWasm extension (issue 11): END label names the entry point: -entry:label
; in .drectve, and the label is public even as a plain code label.  ml64
; rejects END label in x64.
; CHECK: objdump -s -j .drectve
; CHECK: llvm-nm -g
.code
helper PROC PRIVATE
  ret
helper ENDP
begin_here:
  call helper
  ret
END begin_here
