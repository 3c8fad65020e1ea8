; Case-insensitive names by default: a name may be written in any case;
; public, external and static names keep the spelling of their first
; appearance in the object.
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --symbols
PUBLIC MyFunc
EXTERN ExtFn:PROC
.code
myfunc PROC
        call    EXTFN
        call    extfn
        mov     rax, MYVAR
        mov     rax, OFFSET myVar
        ret
MYFUNC ENDP
.data
MyVar   DQ myvar
END
