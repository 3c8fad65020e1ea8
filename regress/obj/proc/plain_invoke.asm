; A plain PROC with LOCALs in a source whose INVOKE (a JWasm extension ml64
; rejects) comes only after it: the LOCAL space is JWasm's `sub rsp, n`
; (known from the first pass), not ml64's `add rsp, -n`.  See plain_jwasm.
; CHECK: objdump -dr -M intel
ext PROTO :QWORD
.code
first PROC
        LOCAL buf[128]:BYTE, w:DWORD
        lea     rax, buf
        mov     w, eax
        ret
first ENDP

second PROC
        invoke  ext, 1
        ret
second ENDP
END
