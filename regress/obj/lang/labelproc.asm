; Issue 11 (item 14, and corpus finding 4): "name LABEL type" inside a PROC
; is not local to the procedure: PUBLIC and other procedures see it.
; CHECK: objdump -d -M intel
; CHECK: llvm-nm -g
.code
first PROC
  xor eax, eax
mid_entry LABEL PROC
PUBLIC mid_entry
  inc eax
  ret
first ENDP
second PROC
  call mid_entry
  ret
second ENDP
END
