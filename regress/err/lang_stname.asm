; st alone is the x87 register st(0), a reserved word (ml64 14.12: A2008),
; unlike st0..st7 (regress/obj/lang/stnames.asm).
.data
st dq 0 ; ERROR A2008
END
