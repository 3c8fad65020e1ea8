; Macro calls are limited to 1000000 per pass (include/limit.h), as each
; keeps its arguments in memory; this also ends a macro that calls itself
; twice per level (2^40 calls for "m 40").  Here 1200000 calls.
m MACRO
ENDM
.data
REPT 600000                             ; FATAL A1905
        m
        m
ENDM
END
