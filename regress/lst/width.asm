; /Sl 60: rows longer than 60 characters are folded, the rest of the text
; continued at the source column, as ml64 14.12 folds them (oracle: its
; listing of a file like this one with /Sl 60).  The bytes are still
; checked against the object.
; ARGS: -Sl 60
; LSTNOGREP: ^[0-9A-F].{60}
; LSTNOGREP: ^ {34}.{27}
; LSTGREP: ^ {34}[^ ].*$
.data
msg DB "a string long enough to need a second row of the listing", 0
.code
        mov     eax, 1          ; a comment that makes this line long too
        ret
END
