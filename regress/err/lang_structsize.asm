; A memory operand typed by a 12-byte STRUCT has a size, just not one an
; instruction takes: ml64 14.12 says A2022 against a register (it took it
; silently as unsized before); regress/obj/lang/structsize has the forms
; that stay legal.
S12 STRUCT
  a DD ?
  b DQ ?
S12 ENDS
.code
  lea rax, [rbx].S12
  mov rax, [rbx].S12      ; ERROR A2022
END
