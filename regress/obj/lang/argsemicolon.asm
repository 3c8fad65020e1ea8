; A ';' that a macro argument brings into a body line starts a comment
; there, as in ml64 14.12: `n <1 ; 2>` into `db a` is `db 1`; inside quotes
; or <...> it stays text.  (Since the physical-line comment rules moved to
; the line reader, such a ';' reached the tokenizer: A2044.)
; CHECK: objdump -s -j .data
n MACRO a
  db a
ENDM
q MACRO a
  db "a"
ENDM
t MACRO a
  db @SizeStr(<a>)
ENDM
.data
  n <1 ; 2>
  n <3;4, 5>
  q <x;y>
  t <u ; v>
END
