; FRAME:AUTO procedures under OPTION WIN64:0 (bit 0 homes the register
; parameters, bit 1 reserves INVOKE shadow space once per procedure,
; bit 2 aligns locals to 16): USES with GPRs and XMMs, parameters of
; several sizes, locals of several sizes, an INVOKE inside the body (not
; directly before the epilogue: see frameauto_nop.asm), and a proc with
; neither.  Generated code and unwind codes must be JWasm's.
; CHECK: llvm-readobj --unwind
; CHECK: objdump -dr -M intel
OPTION FRAME:AUTO
OPTION WIN64:0
callee PROTO :QWORD, :QWORD, :QWORD, :QWORD, :QWORD
.code
full PROC FRAME USES rbx rsi r12 xmm6 xmm7 pa:QWORD, pb:DWORD, pc:WORD, pd:BYTE, pe:QWORD, pf:QWORD
        LOCAL buf[10]:BYTE, q:QWORD, w:DWORD, x:XMMWORD
        mov     rax, pa
        mov     ebx, pb
        movzx   esi, pc
        mov     q, rax
        mov     w, ebx
        lea     r12, buf
        movdqu  x, xmm6
        invoke  callee, rax, rbx, rsi, r12, pf
        mov     rax, pe
        ret
full ENDP

usesonly PROC FRAME USES rdi r15 xmm15
        xor     edi, edi
        ret
usesonly ENDP

paramsonly PROC FRAME p1:QWORD, p2:QWORD, p3:QWORD, p4:QWORD, p5:QWORD
        mov     rax, p1
        add     rax, p5
        ret
paramsonly ENDP

localsonly PROC FRAME
        LOCAL big[100]:BYTE, v:QWORD
        lea     rax, big
        mov     v, rax
        ret
localsonly ENDP

xmmonly PROC FRAME USES xmm8 p1:QWORD
        LOCAL v:DWORD
        mov     v, ecx
        ret
xmmonly ENDP

bare PROC FRAME
        ret
bare ENDP
END
