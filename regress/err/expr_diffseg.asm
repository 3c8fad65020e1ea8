; A difference of two labels of different sections is A2025, and one
; with an external A2018, as ml64 14.12 reports them, in an instruction
; and in data (asm said A2095 for both).
; oracle: ml64 14.12 (wine ml64 /c expr_diffseg.asm)
EXTERN ext:DWORD
EXTERN ext2:DWORD
.data
x       dd 0
        dd lbl - x              ; ERROR A2025
        dd ext - x              ; ERROR A2018
        dd ext - ext2           ; ERROR A2018
.code
lbl:    ret
        mov eax, lbl - x        ; ERROR A2025
        mov eax, x - ext        ; ERROR A2018
        mov eax, lbl - lbl      ; fine
END
