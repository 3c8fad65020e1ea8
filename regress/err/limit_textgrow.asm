; A text macro that expands to itself twice makes the line grow with every
; substitution; the bytes copied are bounded (2 MiB beyond twice the line),
; so memory stays small.
t TEXTEQU <t t>
.data
        DD t                            ; ERROR A2042
END
