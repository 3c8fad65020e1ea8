; A WHILE that never ends and defines a macro per iteration: every
; definition is kept (a running macro may redefine itself), so the fuzzer's
; version of this took 2.5 GB before an expansion limit stopped it; 64 MiB
; of MACRO definitions per run (ASM_MAX_MACRO_BYTES) stop it at the
; definition (ours; issue 17). Before: A2917 after 1M iterations, 7.6 s
; and 1.47 GB; now 0.4 s and 120 MB.
WHILE 1                                 ; FATAL A1913
m MACRO
    db "a body line that is long enough to fill the limit early enough", 0
    db "a body line that is long enough to fill the limit early enough", 1
    db "a body line that is long enough to fill the limit early enough", 2
    db "a body line that is long enough to fill the limit early enough", 3
ENDM
ENDM
END
