; GOTO names a LOCAL label, but the body's `:label' lines name another
; one.  ml64 14.12 pairs GOTO and `:label' by the names as written and
; says A2147 (macro label not defined : target) at the ENDM line, once,
; although the macro is called.
jumper MACRO
    LOCAL target, elsewhere
    GOTO target
:elsewhere
    DB 1
ENDM                       ; ERROR A2147
.data
    jumper
END
