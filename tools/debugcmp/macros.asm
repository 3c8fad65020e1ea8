; macros.asm - tools/debugcheck.sh: a macro call, repeat blocks, ALIGN,
; an INCLUDE with code, a label outside the procedures and a second code
; section.
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
        REPT 2
        shl     eax, 1
        ENDM
        FOR r, <edx, esi>
        xor     r, r
        ENDM
        ret
first ENDP
        ALIGN 16
loose:
        int     3
        ret
other SEGMENT 'CODE'
second PROC
        mov     eax, 7
        BUMP    eax
        ret
second ENDP
other ENDS
END
