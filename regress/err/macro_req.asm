; A :REQ parameter without an argument (A2125), reported at the call.
.data
need MACRO a:REQ, b
    DB a
ENDM
    need 1
    need 2, 3
    need , 3                    ; ERROR A2125
END
