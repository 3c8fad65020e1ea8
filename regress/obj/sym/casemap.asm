; OPTION CASEMAP:NONE: names differing only in case are distinct symbols.
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --symbols
OPTION CASEMAP:NONE
PUBLIC foo, FOO, Foo
.code
foo PROC
        call    FOO
        call    Foo
        ret
foo ENDP
FOO PROC
        mov     eax, val
        mov     eax, VAL
        ret
FOO ENDP
Foo PROC
        ret
Foo ENDP
.data
val     DD 1
VAL     DD 2
END
