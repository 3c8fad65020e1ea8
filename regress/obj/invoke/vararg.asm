; INVOKE of a VARARG procedure (printf-like): arguments handled right to
; left, more than four, integers, ADDR, memory, and no floating-point
; arguments (those are in vararg_real.asm, where we differ from JWasm).
; CHECK: objdump -dr -M intel
vf PROTO :QWORD, :VARARG
.data
fmt     DB "%d %s %lld", 10, 0
str1    DB "abc", 0
gq      DQ 77
gd      DD 5
.code
caller PROC FRAME
        sub     rsp, 8
        .ALLOCSTACK 8
        .ENDPROLOG
        invoke  vf, ADDR fmt
        invoke  vf, ADDR fmt, 1, ADDR str1, gq
        invoke  vf, ADDR fmt, rbx, rsi, rdi, r12, 5, gq, ADDR str1
        invoke  vf, ADDR fmt, gd, ebx
        add     rsp, 8
        ret
caller ENDP
END
