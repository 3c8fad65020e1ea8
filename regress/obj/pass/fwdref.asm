; Forward references: a forward EQU used as an immediate gets the imm8 form
; when small (add eax, fwd -> 83 C0 05) and imm32 when not; a forward data
; label gives the memory operand its size (word -> 66 prefix, byte -> C6).
; CHECK: objdump -dr -M intel
.code
f1 PROC
        add     eax, fwd
        add     eax, fwdbig
        cmp     ecx, fwd
        mov     fwdw, 1
        mov     fwdb, 2
        inc     fwdw
        mov     eax, fwd2 * 2
        ret
f1 ENDP
fwd     EQU 5
fwdbig  EQU 1000h
fwd2    EQU fwd + 1
.data
fwdw    DW 0
fwdb    DB 0
END
