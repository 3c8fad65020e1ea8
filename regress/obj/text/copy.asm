; `name TEXTEQU textmacro' copies the text of another text macro (MASM:
; textitem := <text> | textmacro | %constexpr); so does `name CATSTR
; textmacro'.
; CHECK: objdump -s -j .data
.data
t1  TEXTEQU <12h>
t2  TEXTEQU t1
t3  CATSTR t1
t4  TEXTEQU t1, <>
    DB t1, t2, t3
END
