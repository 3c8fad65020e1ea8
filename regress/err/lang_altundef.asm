; ALTENTRY of a name never defined (ml64 14.12: A2006).
.code
f PROC FRAME
  .endprolog
ALTENTRY nowhere ; ERROR A2006
  ret
f ENDP
END
