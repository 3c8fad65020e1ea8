; frameauto.asm - Win64 procedures the high-level way: OPTION FRAME:AUTO
; makes the assembler write each FRAME procedure's prologue, epilogue and
; unwind data (.xdata/.pdata) from its USES list, parameters and LOCALs;
; INVOKE passes arguments by the Win64 calling convention.
;
; Assemble and link:
;   asm -win64 -q -Fo frameauto.obj frameauto.asm
;   x86_64-w64-mingw32-gcc -o frameauto.exe frameauto.obj
; Listing with the generated lines: asm -win64 -Fl -Sg frameauto.asm
;
; The listing checks (regress/lib/lst.sh): -Sg shows the generated
; prologue and epilogue lines (`*`), the INVOKE expansions, and after each
; ENDP the .xdata UNWIND_INFO with its decoded codes and the .pdata
; RUNTIME_FUNCTION, with bytes that must equal the object's.  The patterns
; are anchored at the address column so that they cannot match this
; comment in the listing.
; ARGS: -Sg
; LSTGREP: ^[0-9A-F]{8} 55 +\* push rbp$
; LSTGREP: ^[0-9A-F]{8} +\* \.pushreg rbp$
; LSTGREP: ^[0-9A-F]{8} +\* \.endprolog$
; LSTGREP: ^[0-9A-F]{8} 5D +\* pop rbp$
; LSTGREP: ^[0-9A-F]{8} +invoke +printf, ADDR fmt_sum
; LSTGREP: ^[0-9A-F]{8} E800000000r +\* call printf$
; LSTGREP: ^[0-9A-F]{8} 01050200 +\* \.xdata: UNWIND_INFO main: version 1
; LSTGREP: ^[0-9A-F]{8} [0-9A-F]{4} +\* \.xdata: 0x[0-9A-F]{2} PUSH_NONVOL rbx$
; LSTGREP: ^[0-9A-F]{8} [0-9A-F]{8} +\* \.xdata: 0x[0-9A-F]{2} SAVE_XMM128 xmm6, 30h$
; LSTGREP: ^[0-9A-F]{8} 00000000r[0-9A-F]{8}r[0-9A-F]{4} +\* \.pdata: RUNTIME_FUNCTION main
OPTION FRAME:AUTO
OPTION WIN64:3

printf  PROTO :QWORD, :VARARG
PUBLIC main

.data
fmt_sum DB "sum(%d..%d) = %lld", 10, 0
fmt_avg DB "%s: average %.2f of %d values", 10, 0
name1   DB "squares", 0
half    REAL8 0.5

.code
; long long sum_squares(int lo, int hi): lo^2 + ... + hi^2
sum_squares PROC FRAME USES rbx rsi lo:DWORD, hi:DWORD
        LOCAL total:QWORD
        mov     total, 0
        mov     ebx, lo
        mov     esi, hi
next:
        cmp     ebx, esi
        jg      done
        movsxd  rax, ebx
        imul    rax, rax
        add     total, rax
        inc     ebx
        jmp     next
done:
        mov     rax, total
        ret
sum_squares ENDP

; void report(const char *name, long long total, int count): prints the
; average, computed with SSE2 in xmm6 (saved and restored: USES xmm6)
report PROC FRAME USES rdi xmm6 pname:QWORD, total:QWORD, count:DWORD
        LOCAL avg:REAL8
        cvtsi2sd xmm6, total
        cvtsi2sd xmm0, count
        divsd   xmm6, xmm0
        addsd   xmm6, half
        subsd   xmm6, half
        movsd   avg, xmm6
        mov     edi, count
        invoke  printf, ADDR fmt_avg, pname, avg, edi
        xor     eax, eax
        ret
report ENDP

main PROC FRAME USES rbx
        invoke  sum_squares, 1, 10
        mov     rbx, rax
        invoke  printf, ADDR fmt_sum, 1, 10, rbx
        invoke  report, ADDR name1, rbx, 10
        xor     eax, eax
        ret
main ENDP
END
