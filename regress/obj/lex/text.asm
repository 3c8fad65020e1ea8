; Lexer: strings in ' and " with doubled quotes, <...> text literals in
; EQU/TEXTEQU (text is substituted, not evaluated: t3*2 = 1+2*2 = 5),
; `;' comments (also inside a literal line), COMMENT blocks over several
; lines, and continuation by a trailing backslash and by a trailing comma.
; CHECK: objdump -s -j .data
.data
s1      DB 'it''s', "say ""hi""", 0
s2      DB "a;b", 'x"y', "x'y", 0   ; a comment; with "quotes"
t1      EQU <7>
t2      TEXTEQU <8>
t3      EQU <1+2>
t4      TEXTEQU <"str">
        DB t1, t2, t3*2, t4
COMMENT !
        DB 99          this whole block is ignored
        DB 98
!
        DB 0EEh
COMMENT * one-line comment block *
        DB 1, \
           2
        DB 3,
           4,
           5
        DW 0102h, \
           0304h
END
