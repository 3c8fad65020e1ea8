; faulty.asm - a FRAME:handler procedure that faults (a read through a
; NULL pointer); its language-specific handler, an ordinary
; EXCEPTION_ROUTINE written here in asm, skips the faulting 2-byte
; instruction by advancing ContextRecord->Rip and sets ContextRecord->Rax,
; then returns ExceptionContinueExecution.  The OS (wine's dispatcher)
; finds the handler only through our .pdata/.xdata, and it passes the
; establisher frame computed from our SET_FPREG code (rbp - 20h), which
; the program checks against the rsp the procedure saw after its prologue.
;
; x64 CONTEXT offsets (winnt.h): Rax 78h, Rip 0F8h.
; EXCEPTION_RECORD: ExceptionCode +0, ExceptionFlags +4.
PUBLIC faulty
PUBLIC handler_calls
PUBLIC handler_frame
PUBLIC body_frame

.data
handler_calls   DQ 0
handler_frame   DQ 0
body_frame      DQ 0

.code
; EXCEPTION_DISPOSITION fault_handler(EXCEPTION_RECORD *rec,
;     void *establisher, CONTEXT *ctx, DISPATCHER_CONTEXT *dc)
fault_handler PROC
        test    DWORD PTR [rcx+4], 66h          ; unwinding: not ours
        jnz     search
        cmp     DWORD PTR [rcx], 0C0000005h     ; EXCEPTION_ACCESS_VIOLATION
        jne     search
        inc     handler_calls
        mov     handler_frame, rdx
        add     QWORD PTR [r8+0F8h], 2          ; Rip past `mov eax, [rbx]`
        mov     QWORD PTR [r8+78h], 1234h       ; Rax
        xor     eax, eax                        ; ExceptionContinueExecution
        ret
search:
        mov     eax, 1                          ; ExceptionContinueSearch
        ret
fault_handler ENDP

; int faulty(const int *p): *p, or 1234h if p is an invalid pointer
faulty PROC FRAME:fault_handler
        push    rbp
        .PUSHREG rbp
        push    rbx
        .PUSHREG rbx
        sub     rsp, 30h
        .ALLOCSTACK 30h
        lea     rbp, [rsp+20h]
        .SETFRAME rbp, 20h
        .ENDPROLOG
        mov     body_frame, rsp
        mov     rbx, rcx
        mov     eax, 7
        mov     eax, DWORD PTR [rbx]            ; 8B 03: faults for NULL
        lea     rsp, [rbp-20h]
        add     rsp, 30h
        pop     rbx
        pop     rbp
        ret
faulty ENDP
END
