; An address (a label, OFFSET, IMAGEREL, SECTIONREL, '$') as a data item
; of a size no relocation has: in 1 or 2 bytes A2071, in 6 or 10 bytes
; (IMAGEREL and SECTIONREL also in 8) A2138, as ml64 14.12 reports them
; (asm said A2024 for all).
; oracle: ml64 14.12 (wine ml64 /c data_relocsize.asm)
.data
x       dd 0
        dw x                    ; ERROR A2071
        db x                    ; ERROR A2071
        dw $                    ; ERROR A2071
        dw offset x             ; ERROR A2071
        dw imagerel x           ; ERROR A2071
        db sectionrel x         ; ERROR A2071
        dw x + 2                ; ERROR A2071
        dq imagerel x           ; ERROR A2138
        dq sectionrel x         ; ERROR A2138
        dt x                    ; ERROR A2138
        df x                    ; ERROR A2138
        dt imagerel x           ; ERROR A2138
        dd x, imagerel x        ; fine
        dq x                    ; fine
END
