; Item 1 of issue 11: register names count as defined for IFDEF, which is
; how sources tell ml64 from 32-bit ml.  ml64 14.12 also takes IFNDEF of a
; register as true (measured: both branches are taken).
; CHECK: objdump -s -j .data
.data
IFDEF rax
  db 64
ELSE
  db 32
ENDIF
IFDEF eax
  db 1
ENDIF
IFDEF xmm7
  db 2
ENDIF
IFDEF r15b
  db 3
ENDIF
IFDEF not_a_register
  db 4
ENDIF
IFNDEF rdx
  db 5
ENDIF
IFNDEF not_a_register
  db 6
ENDIF
END
