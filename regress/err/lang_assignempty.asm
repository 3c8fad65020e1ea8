; `=` with nothing after it (ml64 14.12: A2008 syntax error : in directive).
; `n TEXTEQU` and `m EQU` alone are accepted by ml64 (empty text), and here.
n TEXTEQU
m EQU
k =                    ; ERROR A2008
END
