; Text macros that expand to each other forever stop at the substitution
; limit (10000 per line).
a TEXTEQU <b>
b TEXTEQU <a>
.data
        DD a                            ; ERROR A2123
END
