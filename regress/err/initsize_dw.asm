; A word initializer out of range, both signs (ml: A2071).  Two data
; lines, each with one error; no recovery question arises.
.data
w1      DW 70000                        ; ERROR A2071
w2      DW -32769                       ; ERROR A2071
w3      DW 65535, -32768                ; both fit
d1      DD 100000000h                   ; ERROR A2071
END
