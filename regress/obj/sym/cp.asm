; The -Cp command-line switch: names differing only in case are distinct,
; as with OPTION CASEMAP:NONE.
; ARGS: -Cp
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --symbols
PUBLIC bar, BAR
.code
bar PROC
        call    BAR
        mov     eax, val
        mov     eax, VAL
        ret
bar ENDP
BAR PROC
        ret
BAR ENDP
.data
val     DD 1
VAL     DD 2
END
