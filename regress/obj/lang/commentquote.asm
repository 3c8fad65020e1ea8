; Issue 11 item 15 (MASM64 SDK macros64 reparg): a comment starts at the
; first ';' that is not inside a quoted string, and inside <...> a quote
; opens no string (ml64 14.12). So `IFIDN q,<">   ;; first char is "`
; compares q with one quote character, and `<a;b>` is cut at the ';'.
; CHECK: objdump -s -j .data
firstq MACRO arg
  LOCAL q
  q SUBSTR <arg>,1,1
  IFIDN q,<">   ;; is the first character a " ?
    EXITM <1>
  ENDIF
  EXITM <2>
ENDM
lone TEXTEQU <">   ; a lone " here
pair TEXTEQU <a";b">   ; even a pair: cut at the ';'
.data
  db firstq("abc"), firstq(abc)
  db @SizeStr(%lone), @SizeStr(%pair)
  db "a;b", ';', '"' ; quoted outside <...>: kept
END
