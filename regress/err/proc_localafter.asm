; LOCAL after the first instruction of the PROC: ml64 14.12 A2012 "PROC,
; MACRO, or macro repeat directive must precede LOCAL" (A2008 before).
.code
g PROC p:QWORD
  nop
  LOCAL w:DWORD        ; ERROR A2012
  ret
g ENDP
END
