; A WHILE loop whose condition never becomes false stops after 1000000
; iterations (include/limit.h).
.data
WHILE 1                                 ; ERROR A2917
ENDM
END
