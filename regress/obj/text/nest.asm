; Arguments of a macro function call are passed as text: a text macro
; name in them is not replaced (@SizeStr(tm) measures "tm"; `%tm' gives
; the macro's text, text/pctarg), while a macro function call in them is
; expanded first (@SizeStr(@CatStr(...)), @SizeStr(@Environ(...))).
; CHECK: objdump -s -j .data
.data
tm  TEXTEQU <abcdefgh>
    DB @SizeStr(tm)                               ; 2
    DB @SizeStr(@CatStr(<ab>, <c>))               ; 3
    DB @SizeStr(@Environ(ASM_REGRESS_NOSUCH_VAR)) ; 0
    DB @SizeStr(@SubStr(<abcdef>, 2, 2))          ; 2
END
