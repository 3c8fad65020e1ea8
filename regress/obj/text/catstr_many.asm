; CATSTR keeps every item: all 70 of them (a fixed array of 64 in the
; code CATSTR and @CatStr share once dropped the rest silently; issue #17
; item 2).  ml64 14.12 stops near 48 items with A2042 "statement too
; complex"; JWasm, the oracle here, takes them all, and so do we: a limit may report an error, never drop.
; CHECK: objdump -s -j .data
x   CATSTR <1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>, <+1>
.data
    DB x
    DB @SizeStr(%x)
END
