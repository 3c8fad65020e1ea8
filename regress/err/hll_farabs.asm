; An absolute address outside the sign-extended disp32 range in a .IF
; condition: the cmp has no moffs form, so it is A2070 like any other
; instruction (it was cmp [0FFFFFFFF80000000h] through disp32, exit 0,
; since the moffs check sat in instr.c and .IF's cmp did not pass there).
; oracle: JWasm 2.21 (jwasm -q -win64 hll_farabs.asm: Error A2049: Invalid
; instruction operands, JWasm's number for A2070's message)
.code
p PROC
        .IF dword ptr [80000000h] == 1  ; ERROR A2070
        nop
        .ENDIF
        ret
p ENDP
END
