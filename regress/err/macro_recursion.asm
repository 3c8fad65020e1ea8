; A macro calling itself with no termination: nesting level too deep
; (A1007), reported once, at the main-line call.
.data
forever MACRO
    DB 1
    forever
ENDM
    forever                     ; FATAL A1007
END
