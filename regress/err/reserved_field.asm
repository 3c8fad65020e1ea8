; ml64 14.12 reserves VARARG and ADDR in a STRUCT too (issue 11).
S STRUCT
a       db      ?
addr    db      ?                       ; ERROR A2008
S ENDS
END
