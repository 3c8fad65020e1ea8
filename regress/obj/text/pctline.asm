; `%' as the first character of a line: text macros and macro functions
; in the whole line are expanded first, &name& also inside quoted strings;
; a whole statement can come from a text macro.
; CHECK: objdump -s -j .data
.data
sub1 TEXTEQU <bc>
sub2 TEXTEQU <cd>
% DB "&sub1&&sub2&"             ; "bccd"
t6  SUBSTR <abcdef>, 4
% DB "&t6&"                     ; "def"
t7  TEXTEQU <DB 0DDh>
% t7                            ; DB 0DDh
n = 3
% DB "n=&n&"                    ; a numeric symbol is not a text macro: "n=&n&"
END
