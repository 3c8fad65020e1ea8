; issue 10 item 8: HIGH32 of an address has no relocation that could carry
; it: ml64 14.12 says A2105 (HIGH and LOW require immediate operands), JWasm
; 2.21 refuses it too (its A2228).  Checked with tools/ml64/ml64-as-asm.sh.
.data
v dq 0
.code
        mov     eax, HIGH32 v           ; ERROR A2105
END
