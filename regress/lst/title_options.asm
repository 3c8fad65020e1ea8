; /St title, /Ss subtitle and /Sp page length from the command line (the
; argument is the next word, as ml64 parses it).  ml64 14.12 puts only the
; first character of the source name in the title and subtitle lines with
; /St and /Ss (its bug: doc/listing.md); we write the texts.  /Sp 12
; starts a page every 12 lines: this file needs two, then the symbols.
; ARGS: -St MyTitle -Ss MySub -Sp 12
; LSTGREP: ^MyTitle +Page 1 - 1$
; LSTGREP: ^MyTitle +Page 2 - 1$
; LSTGREP: ^MyTitle +Symbols 3 - 1$
; LSTGREP: ^MySub$
.code
        nop
        nop
        nop
        ret
END
