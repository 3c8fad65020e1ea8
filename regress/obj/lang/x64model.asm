; JWasm extension (issue 11): .x64 and ".model flat, fastcall" at the top
; of a 64-bit source are accepted (.MODEL with a warning, as JWasm warns)
; and change nothing.
; CHECK: objdump -d -M intel
.x64
.model flat, fastcall
.code
twice PROC
  lea eax, [rcx+rcx]
  ret
twice ENDP
END
