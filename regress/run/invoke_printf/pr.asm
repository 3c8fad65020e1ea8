; pr.asm - INVOKE of the C runtime's printf (a VARARG prototype) with more
; than four arguments mixing integers, pointers (ADDR of data, of a local
; and of a parameter's home slot) and doubles (REAL8 in memory), from
; FRAME:AUTO procedures under OPTION WIN64:0 and under OPTION WIN64:3
; (homed parameters, stack space reserved once in the prologue).
OPTION FRAME:AUTO
printf PROTO :QWORD, :VARARG
PUBLIC pr_win64_0
PUBLIC pr_win64_3

.data
fmt0    DB "w0: %d %s %.3f %lld %s %.2f %c %u", 10, 0
fmt3    DB "w3: %s %lld %.1f %s %d %.4f %x", 10, 0
hello   DB "hello", 0
d1      REAL8 1.5
d2      REAL8 -2.25
d3      REAL8 3.125

.code
; void pr_win64_0(long long n)
pr_win64_0 PROC FRAME USES rbx rsi n:QWORD
        LOCAL buf[8]:BYTE
        mov     rbx, rcx
        mov     DWORD PTR buf, 'zyx'    ; "xyz", 0
        mov     esi, 'Q'
        invoke  printf, ADDR fmt0, 42, ADDR hello, d1, rbx, ADDR buf, d2, rsi, 4000000000
        xor     eax, eax
        ret
pr_win64_0 ENDP

OPTION WIN64:3
; void pr_win64_3(const char *s, long long n)
pr_win64_3 PROC FRAME USES r12 s:QWORD, n:QWORD
        LOCAL tmp:QWORD
        mov     r12, 0BEEFh
        mov     tmp, -5
        invoke  printf, ADDR fmt3, s, n, d3, ADDR hello, tmp, d2, r12
        invoke  printf, ADDR fmt3, ADDR hello, tmp, d1, s, 7, d3, 0CAFEh
        xor     eax, eax
        ret
pr_win64_3 ENDP
END
