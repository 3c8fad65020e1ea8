; Nested repeat blocks: each is under the iteration limit, but together
; they would run 25 million times; the expansion limit (10 million lines
; and iterations per pass) stops them at the outer block's line.
.data
REPT 5000                               ; FATAL A1902
  REPT 5000
  ENDM
ENDM
END
