; A TEXTEQU literal without its closing '>': ml64 14.12 says A2045 (asm
; said A2008 at the '<').
t1 TEXTEQU <closed>
t2 TEXTEQU <open       ; ERROR A2045
END
