; .ERRB <text>: forced error when the text is blank (A2057); in a macro
; with a missing argument.
chk MACRO a
  .ERRB <a>
ENDM
    chk 1
.ERRB <x>
    chk                         ; ERROR A2057
END
