; A plain PROC (no FRAME) with LOCALs in a source that says OPTION WIN64
; (a JWasm extension ml64 rejects): the LOCAL space is reserved as JWasm
; does, `sub rsp, n` (8 bytes: 48 83 EC 08), except 128 bytes: `add rsp, -128`
; (48 83 C4 80, an imm8 where sub would need an imm32).
; Without any JWasm extension it is ml64's `add rsp, -n` (obj/ml64/lazyprolog);
; with INVOKE anywhere in the source JWasm's too (plain_invoke).
; CHECK: objdump -dr -M intel
OPTION WIN64:0
.code
small PROC a:QWORD
        LOCAL v:QWORD
        mov     v, rcx
        mov     rax, a
        ret
small ENDP

big PROC USES rbx
        LOCAL buf[128]:BYTE
        lea     rax, buf
        ret
big ENDP
END
