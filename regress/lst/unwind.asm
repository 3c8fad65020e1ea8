; Listing of unwind data for hand-written FRAME procedures with -Sg:
; every .xdata and .pdata byte must be listed once and equal the object's
; (odd and even code counts, a far SAVE code, FRAME:handler with its
; handler RVA and handler data).
; ARGS: -Sg
; Every generated .xdata/.pdata row names its section (issue 16).
; LSTNOGREP: ^[0-9A-F]{8} [0-9A-F]+r? +\* (UNWIND_INFO|RUNTIME_FUNCTION|0x)
; LSTGREP: ^[0-9A-F]{8} [0-9A-F]{4} +\* \.xdata: 0x[0-9A-F]{2} PUSH_NONVOL rbx$
; LSTGREP: ^[0-9A-F]{8} [0-9A-F]{8} +\* \.xdata: UNWIND_INFO h1: version 1, flags EHANDLER\|UHANDLER, 
; LSTGREP: ^[0-9A-F]{8} 00000000r[0-9A-F]{8}r[0-9A-F]{4} +\* \.pdata: RUNTIME_FUNCTION h1
.code
myhandler PROC
        xor     eax, eax
        ret
myhandler ENDP

p_odd PROC FRAME
        push    rbx
        .PUSHREG rbx
        .ENDPROLOG
        pop     rbx
        ret
p_odd ENDP

p_even PROC FRAME
        push    rbx
        .PUSHREG rbx
        push    rsi
        .PUSHREG rsi
        .ENDPROLOG
        pop     rsi
        pop     rbx
        ret
p_even ENDP

p_far PROC FRAME
        sub     rsp, 100008h
        .ALLOCSTACK 100008h
        mov     [rsp+80000h], rdi
        .SAVEREG rdi, 80000h
        .ENDPROLOG
        mov     rdi, [rsp+80000h]
        add     rsp, 100008h
        ret
p_far ENDP

h1 PROC FRAME:myhandler
        push    rbx
        .PUSHREG rbx
        sub     rsp, 20h
        .ALLOCSTACK 20h
        .ENDPROLOG
        add     rsp, 20h
        pop     rbx
        ret
h1 ENDP
END
