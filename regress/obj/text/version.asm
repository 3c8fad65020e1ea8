; @Version: we define ml64 14.0's 1400 (JWasm says 800, so JWasm cannot
; be the oracle here).  Hand derivation: 1400 = 0578h, as a little-endian
; WORD 78h 05h; IF @Version GE 1000 is true (01h); SIZESTR of the text
; of %@Version ("1400") is 4.
; CHECK: objdump -s -j .data
.data
    DW @Version
IF @Version GE 1000
    DB 1
ENDIF
vtext TEXTEQU %@Version
vlen SIZESTR vtext
    DB vlen
END
