; PUBLIC; EXTERN and EXTRN with PROC, QWORD, DWORD, ABS types; EXTERNDEF of
; a symbol defined here (becomes public) and of one defined elsewhere
; (external when used); PROTO as an external procedure.  An EXTERNDEF or
; PROTO that is never used is left out of the symbol table (an unused
; EXTERN is kept: see coff/symtab).
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --symbols
PUBLIC pubf
EXTERN e_proc:PROC, e_q:QWORD
EXTRN  e_d:DWORD
EXTERN e_abs:ABS
EXTERNDEF defhere:QWORD
EXTERNDEF defelse:DWORD
EXTERNDEF notused:DWORD
ProtoFn PROTO
ProtoUnused PROTO
.code
pubf PROC
        call    e_proc
        mov     rax, e_q
        mov     eax, e_d
        mov     ecx, e_abs
        mov     eax, defelse
        mov     rax, defhere
        call    ProtoFn
        ret
pubf ENDP
.data
defhere DQ 0
END
