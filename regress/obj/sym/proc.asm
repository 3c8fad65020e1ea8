; Plain PROC/ENDP: a procedure name is a static code label (not public
; without PUBLIC), calls between procedures are REL32 to the name.
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --symbols
.code
p1 PROC
        call    p2
        ret
p1 ENDP
p2 PROC
        call    p1
        ret
p2 ENDP
.data
        DB 1                    ; JWasm emits an empty .data otherwise
END
