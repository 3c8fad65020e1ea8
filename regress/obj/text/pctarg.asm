; `%name' in a macro argument where name is a text macro passes the
; macro's text (the @SizeStr(%text) idiom), not the value of that text as
; an expression: cat1 is "1212h" (5 characters), not 4626.
; CHECK: objdump -s -j .data
.data
cat1 CATSTR <12>, <12h>
    DB @SizeStr(%cat1)          ; 5
show MACRO arg
    DB "&arg&"
ENDM
    show %cat1                  ; "1212h"
t2  TEXTEQU <3+4>
    show %t2                    ; "3+4"
    show %(3+4)                 ; "7"
END
