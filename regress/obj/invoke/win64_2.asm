; OPTION WIN64:2 (and 3, 6, 7: bit 1): the INVOKE shadow and stack-argument
; space is reserved once in the FRAME:AUTO prologue, sized for the
; largest INVOKE of the procedure (here 7 arguments: 38h rounded), and
; INVOKE no longer adjusts rsp around each call.
; CHECK: llvm-readobj --unwind
; CHECK: objdump -dr -M intel
OPTION FRAME:AUTO
OPTION WIN64:2
f2 PROTO :QWORD, :QWORD
f7 PROTO :QWORD, :QWORD, :QWORD, :QWORD, :QWORD, :QWORD, :QWORD
.code
two PROC FRAME USES rbx
        invoke  f2, rbx, 1
        invoke  f7, 1, 2, 3, 4, 5, 6, rbx
        invoke  f2, 2, rbx
        xor     eax, eax
        ret
two ENDP

OPTION WIN64:3
three PROC FRAME USES rsi xmm6 a1:QWORD, a2:QWORD
        LOCAL l1:QWORD
        invoke  f7, a1, a2, 3, 4, 5, ADDR l1, rsi
        xor     eax, eax
        ret
three ENDP

OPTION WIN64:7
seven PROC FRAME USES rdi xmm7 a1:QWORD
        LOCAL l1:QWORD, x:XMMWORD
        invoke  f2, a1, ADDR x
        xor     eax, eax
        ret
seven ENDP
END
