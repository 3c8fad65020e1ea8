; ml64 14.12: CODE followed by anything at the start of a statement is
; A2008 on what follows (here on DD; issue 11).
.data
code    dd      9                       ; ERROR A2008
END
