; An EQU of an address is no `=` name: `=` may not redefine it (ml64 14.12:
; A2005), although `=` takes an address (regress/obj/lang/assignaddr.asm).
.data
value_v dq 0
fixed EQU value_v
fixed = 5 ; ERROR A2005
END
