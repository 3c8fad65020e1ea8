; Item 3 of issue 11: quotes inside <...> text.  A quote without a partner
; is an ordinary character (<'>); a quote with one pairs up, even across
; the > of the literal: ml64 14.12 reads @CatStr(<">, %n, <">) as ONE item,
; the text ">, %n, <" (JWasm makes it "n's value").  A macro function's
; result is a TEXTEQU item.
; CHECK: objdump -s -j .data
word_t TEXTEQU <abc>
squote TEXTEQU <'>
quoted CATSTR squote, <xy>, squote
odd TEXTEQU @CatStr(<">, %word_t, <">)
joined TEXTEQU @CatStr(<a>, <bc>, word_t)
.data
db quoted
db odd
% db "&joined"
END
