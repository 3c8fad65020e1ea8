; lang.asm: the MASM language in one program.
;  - CStr, a macro function that puts a string in .const and returns its
;    address;
;  - CONTEXT, Windows' 60-field register context with nested structures,
;    filled by RtlCaptureContext and read as [rbx].CONTEXT.field;
;  - a RECORD taken apart with MASK and WIDTH;
;  - tables built with REPT and FOR, walked with .WHILE and tested with .IF.
; Build: asm -win64 lang.asm, link with a C runtime (printf).
; ARGS: -Sg

option casemap:none
option frame:auto

printf              proto :ptr, :vararg
RtlCaptureContext   proto :ptr

; ---- a string literal as an expression -----------------------------------
CStr MACRO text:VARARG
    LOCAL lbl
    .const
lbl db text, 0
    .code
    EXITM <OFFSET lbl>
ENDM

; ---- Windows' CONTEXT (winnt.h, AMD64) -----------------------------------
M128A STRUCT
    Low_    QWORD ?
    High_   QWORD ?
M128A ENDS

XMM_SAVE_AREA32 STRUCT
    ControlWord     WORD ?
    StatusWord      WORD ?
    TagWord         BYTE ?
    Reserved1       BYTE ?
    ErrorOpcode     WORD ?
    ErrorOffset     DWORD ?
    ErrorSelector   WORD ?
    Reserved2       WORD ?
    DataOffset      DWORD ?
    DataSelector    WORD ?
    Reserved3       WORD ?
    MxCsr           DWORD ?
    MxCsr_Mask      DWORD ?
    FloatRegisters  M128A 8 DUP (<>)
    XmmRegisters    M128A 16 DUP (<>)
    Reserved4       BYTE 96 DUP (?)
XMM_SAVE_AREA32 ENDS

CONTEXT STRUCT 16
    P1Home          QWORD ?
    P2Home          QWORD ?
    P3Home          QWORD ?
    P4Home          QWORD ?
    P5Home          QWORD ?
    P6Home          QWORD ?
    ContextFlags    DWORD ?
    MxCsr           DWORD ?
    SegCs           WORD ?
    SegDs           WORD ?
    SegEs           WORD ?
    SegFs           WORD ?
    SegGs           WORD ?
    SegSs           WORD ?
    EFlags          DWORD ?
    Dr0_            QWORD ?
    Dr1_            QWORD ?
    Dr2_            QWORD ?
    Dr3_            QWORD ?
    Dr6_            QWORD ?
    Dr7_            QWORD ?
    Rax_            QWORD ?
    Rcx_            QWORD ?
    Rdx_            QWORD ?
    Rbx_            QWORD ?
    Rsp_            QWORD ?
    Rbp_            QWORD ?
    Rsi_            QWORD ?
    Rdi_            QWORD ?
    R8_             QWORD ?
    R9_             QWORD ?
    R10_            QWORD ?
    R11_            QWORD ?
    R12_            QWORD ?
    R13_            QWORD ?
    R14_            QWORD ?
    R15_            QWORD ?
    Rip_            QWORD ?
    FltSave         XMM_SAVE_AREA32 <>
    VectorRegister  M128A 26 DUP (<>)
    VectorControl   QWORD ?
    DebugControl    QWORD ?
    LastBranchToRip     QWORD ?
    LastBranchFromRip   QWORD ?
    LastExceptionToRip  QWORD ?
    LastExceptionFromRip QWORD ?
CONTEXT ENDS

.erre SIZEOF CONTEXT EQ 1232, <CONTEXT has the wrong size>
.erre CONTEXT.Rip_ EQ 0F8h, <CONTEXT.Rip_ has the wrong offset>

; ---- a record ------------------------------------------------------------
COLOR RECORD blink:1, back:3, intense:1, fore:3

; ---- tables ----------------------------------------------------------------
.data
squares LABEL DWORD
    n = 1
    REPT 8
        DWORD n * n
        n = n + 1
    ENDM
NSQUARES EQU ($ - squares) / 4

primes LABEL BYTE
    FOR p, <2, 3, 5, 7, 11, 13>
        BYTE p
    ENDM
    BYTE 0

cell COLOR <1, 5, 0, 6>

    ALIGN 16
ctx CONTEXT <>

.code
main PROC FRAME USES rbx rsi rdi r12
    ; the registers RtlCaptureContext must see
    mov     rbx, 1111111111111111h
    mov     r12, 2222222222222222h
    lea     rcx, ctx
    invoke  RtlCaptureContext, rcx
    lea     rdi, ctx
    mov     rax, [rdi].CONTEXT.Rbx_
    .IF rax == rbx
        invoke printf, CStr("CONTEXT.Rbx_ ok", 10)
    .ELSE
        invoke printf, CStr("CONTEXT.Rbx_ wrong", 10)
    .ENDIF
    mov     rax, (CONTEXT PTR [rdi]).R12_
    .IF rax == r12
        invoke printf, CStr("CONTEXT.R12_ ok", 10)
    .ENDIF
    mov     eax, [rdi].CONTEXT.MxCsr
    .IF eax == [rdi].CONTEXT.FltSave.MxCsr
        invoke printf, CStr("MxCsr agrees with FltSave.MxCsr", 10)
    .ENDIF
    mov     ax, cs
    .IF ax == [rdi].CONTEXT.SegCs
        invoke printf, CStr("SegCs ok", 10)
    .ENDIF

    ; squares with .WHILE
    xor     esi, esi
    .WHILE esi < NSQUARES
        lea     rax, squares
        mov     edx, [rax + rsi*4]
        invoke  printf, CStr("square %d = %d", 10), esi, edx
        inc     esi
    .ENDW

    ; primes up to the 0 byte, with .REPEAT/.UNTIL and .BREAK
    lea     rbx, primes
    xor     esi, esi
    .REPEAT
        movzx   eax, BYTE PTR [rbx]
        .BREAK .IF eax == 0
        add     esi, eax
        inc     rbx
    .UNTIL 0
    invoke  printf, CStr("sum of primes = %d", 10), esi

    ; the record's fields
    movzx   eax, cell
    mov     ecx, eax
    and     ecx, MASK fore
    mov     edx, eax
    and     edx, MASK back
    shr     edx, back
    invoke  printf, CStr("fore=%d back=%d width=%d", 10), ecx, edx, WIDTH COLOR
    xor     eax, eax
    ret
main ENDP
END
