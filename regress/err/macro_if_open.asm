; An IF opened in a macro body and not closed there: fatal A1010 when the
; body ends (it was closed silently).  ml64 14.12 prints it at the ENDM
; line of the definition, with no backtrace; we locate errors in a body
; at the main-line call with the backtrace (see macro_error_inside).
; oracle: ml64 14.12 (wine ml64 /c macro_if_open.asm) for the message
.data
m MACRO
    IF 0
    DB 1
ENDM
    m                           ; FATAL A1010
    DB 2
END
