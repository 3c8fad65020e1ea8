; Corpus finding 5 (issue 11): a TEXTEQU redefined inside a macro that is
; called twice is redefined, not expanded on the left of TEXTEQU.
; CHECK: objdump -d -M intel
pick_low MACRO reg64
  half_reg TEXTEQU @CatStr(e, @SubStr(reg64, 2, 2))
  mov half_reg, 1
ENDM
.code
setter PROC
  pick_low rdx
  pick_low rcx
  pick_low rbx
  ret
setter ENDP
END
