; LOCAL after a segment directive inside the PROC (ml64 14.12: A2012; the
; LOCAL window stays open over data and EQU lines, not over .CODE/.DATA,
; SEGMENT or ENDS, which it was since the prologue moved to the first
; instruction).
.code
g PROC p:QWORD
  .data
  .code
  LOCAL w:DWORD        ; ERROR A2012
  ret
g ENDP
END
