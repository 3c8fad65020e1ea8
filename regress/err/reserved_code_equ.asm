; ml64 14.12: CODE EQU 1 is A2008 on EQU (issue 11).
code    equ     1                       ; ERROR A2008
END
