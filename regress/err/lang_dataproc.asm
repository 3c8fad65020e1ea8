; A data label inside a PROC is global (ml64 14.12): the same name defined
; in another PROC is a redefinition.
.code
one PROC
  .data
  tmp_v dq 1
  .code
  ret
one ENDP
two PROC
  .data
  tmp_v dq 2 ; ERROR A2005
  .code
  ret
two ENDP
END
