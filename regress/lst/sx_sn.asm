; -Sx lists the lines of a false conditional block (ml64 /Sx; .LISTIF does
; the same from the source, .NOLISTIF stops it); -Sn leaves out the
; symbol tables (ml64 /Sn: the listing ends with the counts).
; ARGS: -Sx -Sn
; LSTGREP: ^ +nop ; false block$
; LSTNOGREP: int 3 ; hidden again$
; LSTNOGREP: ^Symbols:$
; LSTGREP: ^	   0 Errors$
.code
IF 0
  nop ; false block
ENDIF
.NOLISTIF
IF 0
  int 3 ; hidden again
ENDIF
  ret
END
