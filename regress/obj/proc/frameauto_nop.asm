; FRAME:AUTO: a call or INVOKE directly before a generated epilogue gets
; a one-byte nop after it, so that the return address never points at
; the epilogue (the unwinder would take it for an epilogue and skip the
; unwind codes; MSVC and clang do the same).  JWasm does not do this:
; the expectation is JWasm's output for frameauto_nop.jwasm, this file
; with the two nops written out.
; CHECK: llvm-readobj --unwind
; CHECK: objdump -dr -M intel
OPTION FRAME:AUTO
ext PROTO :QWORD
EXTERN raw:PROC
.code
viacall PROC FRAME USES rbx
        call    raw
        ret
viacall ENDP

viainvoke PROC FRAME USES rsi p:QWORD
        invoke  ext, p
        ret
viainvoke ENDP

notlast PROC FRAME USES rdi
        call    raw
        xor     eax, eax
        ret
notlast ENDP

; WIN64:2 reserves the shadow space in the prologue, so here the INVOKE's
; call is the last instruction before the epilogue: nop.
OPTION WIN64:2
viainvoke2 PROC FRAME USES rsi p:QWORD
        invoke  ext, p
        ret
viainvoke2 ENDP
END
