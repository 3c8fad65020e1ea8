; Division by zero in a constant expression (ml: A2169 divide by zero in
; expression; JWasm says the same text).
.data
b1      DB 5 / 0                        ; ERROR A2169
END
