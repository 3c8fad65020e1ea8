; A macro function call (a user one or @SubStr, @CatStr...) in the
; arguments of a macro call is expanded before the arguments are bound;
; a text macro name is passed as written, and nothing inside <...> is
; expanded.  The MASM64 SDK's .if macros strip parentheses this way:
; `J_ONE_COND L, T, @SubStr(<c>, 2, n-2)`.  Each DB is a SIZESTR:
; ml64 14.12: 3 3 | 4 4 | 6 6 (the name) | 0Eh 0Eh | 7 0.
; CHECK: objdump -s -j .data
twice MACRO x
  EXITM <x&x>
ENDM
measure MACRO first, rest:VARARG
  LOCAL n
  n SIZESTR <first>
  DB n
  n SIZESTR <rest>
  DB n
ENDM
strip MACRO c:VARARG
  LOCAL k
  k SIZESTR <c>
  measure @SubStr(<c>, 2, k-2)
ENDM
word_t TEXTEQU <hello>
.data
  measure @SubStr(<uvwxyz>, 2, 3), @SubStr(<uvwxyz>, 4)
  measure twice(ab), twice(cd)
  measure word_t, word_t
  measure <@SubStr(<a>,1)>, <@SubStr(<a>,1)>
  strip (eax==12)
END
