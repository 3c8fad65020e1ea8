; A text macro whose value names itself, evaluated as an expression by
; TEXTEQU % (found by the fuzzer: each level parsed a new expression and
; the stack overflowed); the expression depth limit (512) applies across
; text macro levels and the error is reported once.
t1 TEXTEQU <t1>
t3 TEXTEQU %(t1 + 1)                    ; ERROR A2042
END
