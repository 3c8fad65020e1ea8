; An error in a line expanded from a macro is reported at the main-line
; statement that called the macro (ml64), here an undefined symbol (A2006)
; two macro levels deep.
.data
inner MACRO
    DB nosuch
ENDM
outer MACRO
    DB 1
    inner
ENDM
    DB 0
    outer                       ; ERROR A2006
END
