; Item 5 of issue 11: a PROC inside a PROC (ml64): a second public name for
; a place in the outer procedure, with its own label scope; its ENDP goes
; back to the outer scope (a label of the inner scope is then unknown:
; err/lang_nestscope).
; CHECK: objdump -dr -M intel
.code
whole PROC
  xor eax, eax
part PROC
  inc eax
again:
  cmp eax, 10
  jb again
  ret
part ENDP
back:
  dec ecx
  jnz back
  ret
whole ENDP
user PROC
  call whole
  call part
  ret
user ENDP
END
