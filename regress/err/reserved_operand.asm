; ml64 14.12: VARARG is no symbol in an expression either (A2008, not
; A2006 undefined symbol; issue 11).
.data
y       dd      vararg                  ; ERROR A2008
END
