; ENDP after the PROC's segment was closed (ml64 14.12: fatal A1010 at the
; ENDP).
.code
f PROC
  ret
_TEXT ENDS
f ENDP               ; FATAL A1010
END
