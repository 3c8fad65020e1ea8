; hll.asm - .IF/.WHILE/.REPEAT/.BREAK/.CONTINUE/.UNTILCXZ in functions
; called from main.c (Win64: arguments in ecx, edx, r8d).
PUBLIC count_primes
PUBLIC classify
PUBLIC sum_until
PUBLIC cxz_sum
PUBLIC carry_add
PUBLIC grade

.data
limit SDWORD -5

.code
; int count_primes(int n): primes below n by trial division
count_primes PROC
        push    rbx
        push    rsi
        mov     esi, ecx
        xor     eax, eax                ; count
        mov     ecx, 2                  ; candidate
        .WHILE ecx < esi
            mov     ebx, 2
            .REPEAT
                .BREAK .IF ebx >= ecx
                mov     r8d, eax
                mov     eax, ecx
                xor     edx, edx
                div     ebx
                mov     eax, r8d
                .BREAK .IF edx == 0
                inc     ebx
            .UNTIL 0
            .IF ebx == ecx
                inc     eax
            .ENDIF
            inc     ecx
        .ENDW
        pop     rsi
        pop     rbx
        ret
count_primes ENDP

; int classify(int x): -2 below `limit' (signed data), -1 negative,
; 0 zero, 1 small, 2 large unsigned-wise
classify PROC
        .IF limit > ecx
            mov     eax, -2
        .ELSEIF sdword ptr ecx < 0
            mov     eax, -1
        .ELSEIF !ecx
            xor     eax, eax
        .ELSEIF ecx <= 100 && ecx != 50 || ecx == 7
            mov     eax, 1
        .ELSE
            mov     eax, 2
        .ENDIF
        ret
classify ENDP

; int sum_until(const int *a): sum up to a 0 or a negative element,
; skipping odd elements (bit test)
sum_until PROC
        xor     eax, eax
        .REPEAT
            mov     edx, [rcx]
            add     rcx, 4
            .CONTINUE .IF edx & 1
            add     eax, edx
        .UNTIL sdword ptr edx <= 0 || (!edx)
        ret
sum_until ENDP

; int cxz_sum(int n): 1 + 2 + ... + n with .UNTILCXZ
cxz_sum PROC
        movsxd  rcx, ecx
        xor     eax, eax
        .IF rcx
            .REPEAT
                add     eax, ecx
            .UNTILCXZ
        .ENDIF
        ret
cxz_sum ENDP

; int carry_add(unsigned a, unsigned b): 1 if a + b carries, else 0
carry_add PROC
        xor     eax, eax
        add     ecx, edx
        .IF CARRY?
            inc     eax
        .ENDIF
        ret
carry_add ENDP

; int grade(int score): nested .IF in a .WHILE with .CONTINUE
grade PROC
        xor     eax, eax
        mov     edx, 0
        .WHILE edx < ecx
            add     edx, 10
            .CONTINUE .IF edx == 50
            .IF edx > 70
                add     eax, 2
            .ELSE
                inc     eax
            .ENDIF
        .ENDW
        ret
grade ENDP
END
