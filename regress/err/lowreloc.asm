; issue 10 item 8: LOW (and HIGH, LOWWORD, HIGHWORD) of an address: ml64
; 14.12 says A2105 (checked with tools/ml64/ml64-as-asm.sh).  Only LOW32
; takes an address (JWasm's ADDR32; see obj/ml64/low32).
.data
v dq 0
.code
        mov     al, LOW v               ; ERROR A2105
END
