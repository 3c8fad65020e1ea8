; A plain PROC in a source with INVOKE (a JWasm source): its LOCALs are
; aligned as JWasm does, to their size (at most 8): v at rbp-10h, t at
; rbp-20h (ml64's own frames 4-align them, obj/ml64/localalign).
; CHECK: objdump -d -M intel
ext1 proto :qword
.code
f proc
  LOCAL cc:BYTE, v:QWORD, t:TBYTE
  lea rax, v
  lea rax, t
  invoke ext1, rax
  ret
f endp
end
