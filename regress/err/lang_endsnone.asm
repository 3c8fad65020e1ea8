; After `.code` ... `_TEXT ENDS` no segment is open (ml64 14.12: A2034 on
; the next instruction).
.code
  ret
_TEXT ENDS
  nop                ; ERROR A2034
END
