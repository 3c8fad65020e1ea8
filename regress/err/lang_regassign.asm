; A register name on the left of `=` (ml64 14.12: A2008 syntax error : ch;
; likewise EQU and TEXTEQU).
.data
ch = "A"               ; ERROR A2008
END
