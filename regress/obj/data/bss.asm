; Uninitialized data in .DATA?: a large DUP (?) and `?' items only grow the
; .bss size (no raw data); labels in it are addressable.
; CHECK: llvm-readobj --sections
; CHECK: objdump -dr -M intel
.code
f1 PROC
        mov     rax, OFFSET big
        lea     rcx, tail
        ret
f1 ENDP
.data
        DB      1               ; JWasm always writes a .data section
.data?
b1      DB      ?
big     DQ      100000 DUP (?)
        DD      2 DUP (3 DUP (?))
tail    DB      ?
END
