; A label of a nested PROC after its ENDP (ml64 14.12: A2006).
.code
whole PROC
part PROC
inside:
  ret
part ENDP
  jmp inside ; ERROR A2006
whole ENDP
END
