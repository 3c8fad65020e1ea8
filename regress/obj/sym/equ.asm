; EQU with a number and with text, `=' redefinition (the value at each
; use is the latest one above it), EQU of an expression with earlier EQUs.
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
c1      EQU 10
c2      EQU c1 * 3 + 1
tx      EQU <eax>
tn      TEXTEQU <c1 + 1>
v       = 1
.code
f1 PROC
        mov     tx, c2
        mov     ecx, tn * 2
        mov     edx, v
v       = v + 1
        mov     edx, v
v       = 10h
        add     ebx, v
        ret
f1 ENDP
.data
        DB c1, c2, tn, v
v       = 7
        DB v
END
