; Instructions are not allowed between STRUCT and ENDS.
S STRUCT
  n BYTE ?
  mov eax, 1                      ; ERROR A2037
S ENDS
END
