; `mov [rsi], QWORD PTR 7`: no immediate is a qword for a memory operand
; without a size (ml64 14.12: A2070; DWORD PTR 7 gives it a dword,
; regress/obj/lang/immptr.asm).
.code
  mov [rsi], QWORD PTR 7 ; ERROR A2070
END
