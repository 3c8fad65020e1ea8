; JWasm extension (issue 11): END label names the entry point: -entry:label
; in .drectve, after the INCLUDELIB entries, and the label is public even
; as a plain code label.  ml64 rejects END label in x64.
; CHECK: objdump -s -j .drectve
; CHECK: llvm-nm -g
INCLUDELIB kernel32.lib
.code
helper PROC PRIVATE
  ret
helper ENDP
begin_here:
  call helper
  ret
END begin_here
