; macros.asm - tools/debugcheck.sh: a macro call, an INCLUDE with code and
; a second code section.
BUMP MACRO r
        inc     r
        inc     r
        inc     r
ENDM
.code
first PROC
        xor     eax, eax
        BUMP    eax
        INCLUDE macros.inc
        BUMP    ecx
        ret
first ENDP
other SEGMENT 'CODE'
second PROC
        mov     eax, 7
        BUMP    eax
        ret
second ENDP
other ENDS
END
