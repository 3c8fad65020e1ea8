; A symbol declared EXTERN and then defined in this module (ml: A2005;
; JWasm: "Symbol redefinition").
EXTERN e1:QWORD
.data
e1      DQ 0                            ; ERROR A2005
END
