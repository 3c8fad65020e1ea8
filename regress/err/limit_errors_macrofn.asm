; ARGS: -e 2
; The error limit reached deep inside a macro function that calls itself
; in its EXITM (found by the fuzzer: the outer EXITM then wrote its value
; into a buffer that was already gone; a crash or a leak).  Nothing runs
; after the fatal error.
fact MACRO n
        EXITM fact(%undefined_r))
ENDM
        fact                    ; ERROR A2006 ; ERROR A2006 ; FATAL A1012
END
