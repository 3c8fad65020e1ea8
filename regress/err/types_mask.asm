; MASK of something that is no record or record field.
x EQU 5
.code
 mov eax, MASK x                  ; ERROR A2019
END
