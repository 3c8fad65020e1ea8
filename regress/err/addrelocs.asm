; The sum of two relocatable labels (ml: A2101 cannot add two relocatable
; labels; JWasm says the same text).
.data
x1      DQ 0
x2      DQ x1 + x1                      ; ERROR A2101
END
