; EQU of a label that is already defined is an alias, not redefinable
; (ml64 14.12: A2005).
.code
first_l:
  ret
second_l:
  ret
cur EQU first_l
cur EQU second_l ; ERROR A2005
END
