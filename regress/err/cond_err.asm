; .ERR: an unconditional forced error (A2052); in a skipped IF block it
; does nothing.
.data
IF 0
  .ERR
ENDIF
    DB 1
.ERR <stop here>                ; ERROR A2052
END
