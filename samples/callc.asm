; callc.asm - two ways to call a C function from x64 code whose address
; may be anywhere in the 64-bit address space:
;   1. load the full 64-bit address into a register (the 10-byte
;      mov r64, imm64 form, spelled "mov rax, OFFSET printf") and call rax;
;   2. keep an import table of 64-bit function pointers in a section of its
;      own and call through it with a RIP-relative indirect call,
;      "call qword ptr [imp_printf]".
; Each path prints its own line.  main returns 0 to the C runtime.
EXTERN printf:PROC
EXTERN puts:PROC

PUBLIC main

.data
msg1    DB "path 1: mov rax, imm64 / call rax (%d)", 10, 0
msg2    DB "path 2: call qword ptr [imp_printf] (%d)", 10, 0
msg3    DB "path 3: puts through the import table", 0

imports SEGMENT READONLY ALIGN(8) 'DATA'
imp_printf DQ printf
imp_puts   DQ puts
imports ENDS

.code
main PROC
        sub     rsp, 28h            ; 32 bytes shadow space, rsp 16-aligned

        lea     rcx, msg1
        mov     edx, 1
        mov     rax, OFFSET printf  ; 48 B8 imm64 with an ADDR64 relocation
        call    rax

        lea     rcx, msg2
        mov     edx, 2
        call    qword ptr [imp_printf]  ; FF 15 disp32, REL32

        lea     rcx, msg3
        call    qword ptr [imp_puts]

        xor     eax, eax
        add     rsp, 28h
        ret
main ENDP
END
