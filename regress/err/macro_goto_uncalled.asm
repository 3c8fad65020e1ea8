; A GOTO whose label is missing is reported at the ENDM of the definition
; (ml64 14.12: A2147 ... : nowhere), even when the macro is never called.
unused MACRO p
    GOTO nowhere
:p
    DB 1
ENDM                       ; ERROR A2147
.data
    DB 0
END
