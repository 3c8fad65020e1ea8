; COFF relocation types.  RIP-relative operands followed by N immediate
; bytes take REL32_N (the displacement is relative to the end of the
; instruction, N bytes after the field): byte/imm8 forms REL32_1, imm16
; REL32_2, imm32 REL32_4; no REL32_3/REL32_5 arise (no x86-64 instruction
; has a 3- or 5-byte immediate after a disp32).  Also REL32 (calls, jumps,
; plain RIP loads), ADDR64 (mov r64, OFFSET), ADDR32 (label[reg]),
; ADDR32NB (IMAGEREL), SECREL (SECTIONREL).
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --relocs
EXTERN ext:PROC
.code
f1 PROC
        mov     byte ptr [x], 1         ; REL32_1
        mov     word ptr [x], 1         ; REL32_2
        mov     dword ptr [x], 1        ; REL32_4
        mov     qword ptr [x], 1        ; REL32_4
        cmp     qword ptr [x], 5        ; REL32_1
        add     dword ptr [x], 1000h    ; REL32_4
        and     word ptr [x], 7         ; REL32_1
        shl     dword ptr [x], 3        ; REL32_1
        imul    eax, dword ptr [x], 100 ; REL32_1
        imul    eax, dword ptr [x], 1000 ; REL32_4
        test    byte ptr [x], 1         ; REL32_1
        test    dword ptr [x], 10000h   ; REL32_4
        bt      dword ptr [x], 3        ; REL32_1
        inc     dword ptr [x]           ; REL32
        mov     eax, x                  ; REL32
        call    ext                     ; REL32
        jmp     ext                     ; REL32
        mov     rax, OFFSET x           ; ADDR64
        mov     eax, x[rbx]             ; ADDR32
        mov     eax, IMAGEREL x         ; ADDR32NB
        mov     eax, SECTIONREL x       ; SECREL
        ret
f1 ENDP
.data
x       DD 0, 0
        DQ x                            ; ADDR64
        DD x                            ; ADDR32
        DD IMAGEREL x                   ; ADDR32NB
        DD SECTIONREL x                 ; SECREL
END
