; Found in the MASM64 SDK (issue 11, item 15): a macro function in an IF
; or ELSEIF expression is expanded before the expression is evaluated
; (IF kind_of(rcx) EQ REG_KIND), at the top level and inside a PROC; its
; body runs as active code (an ELSEIF's too, after a skipped block); an IF
; in column 0 followed by a macro name is no "label macro" call.
; CHECK: objdump -s -j .data
; CHECK: objdump -d -M intel
kind_of MACRO operand
  EXITM % OPATTR(operand)
ENDM
IMM_KIND EQU <36>
REG_KIND EQU <48>
.data
IF kind_of(5) EQ IMM_KIND
  db 1
ENDIF
IF kind_of(rax) EQ IMM_KIND
  db 0EEh
ELSEIF kind_of(rax) EQ REG_KIND
  db 2
ENDIF
.code
pick PROC
  IF kind_of(rcx) EQ REG_KIND
    mov rax, rcx
  ENDIF
  IF kind_of(7) NE IMM_KIND
    int 3
  ENDIF
  ret
pick ENDP
END
