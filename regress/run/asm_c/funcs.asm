; funcs.asm - leaf and non-leaf functions called from C (main.c), data
; exported to C, and a call back into C through a function pointer.
PUBLIC add3
PUBLIC asm_strlen
PUBLIC call_back
PUBLIC asm_table
PUBLIC asm_sum_table

.data
asm_table DD 10, 20, 30, 40

.code
; long long add3(long long a, long long b, long long c)
add3 PROC
        lea     rax, [rcx + rdx]
        add     rax, r8
        ret
add3 ENDP

; size_t asm_strlen(const char *s)
asm_strlen PROC
        xor     eax, eax
next_char:
        cmp     byte ptr [rcx + rax], 0
        je      done
        inc     rax
        jmp     next_char
done:
        ret
asm_strlen ENDP

; int call_back(int (*fn)(int), int x): returns fn(x) + 1
call_back PROC
        sub     rsp, 28h
        mov     rax, rcx
        mov     ecx, edx
        call    rax
        inc     eax
        add     rsp, 28h
        ret
call_back ENDP

; int asm_sum_table(void): sum of asm_table, RIP-relative addressing
asm_sum_table PROC
        lea     rdx, asm_table
        mov     eax, dword ptr [rdx]
        add     eax, dword ptr [rdx + 4]
        add     eax, dword ptr [rdx + 8]
        add     eax, asm_table + 12
        ret
asm_sum_table ENDP
END
