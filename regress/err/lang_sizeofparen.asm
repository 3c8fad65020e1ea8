; SIZEOF of a parenthesised operand: ml64 14.12 says A2009 (TYPE (v) is
; legal; regress/obj/lang/sizeofidx).
.data
v DD 4 DUP (0)
.code
  mov eax, TYPE (v)
  mov eax, SIZEOF (v)     ; ERROR A2009
END
