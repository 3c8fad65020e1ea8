; The memo of instruction lines (memo.h) keys a line by its text, its
; section and .RADIX: the same text under .RADIX 16, in another section,
; in a FRAME procedure (push rbx described by .pushreg after a replayed
; push), RET outside and inside procedures (never kept: a PROC with USES
; writes an epilogue), and a line inside a macro body and a REPT. Each
; text appears more than once, so pass 1 already replays it.
; CHECK: objdump -dr -M intel
_TEXT SEGMENT
    mov eax, 10
    inc eax
    push rbx
    mov eax, 10
_TEXT ENDS
.radix 16
_TEXT SEGMENT
    mov eax, 10
    inc eax
_TEXT ENDS
.radix 10
_DATA SEGMENT
    mov eax, 10
    inc eax
_DATA ENDS
twice MACRO
    mov eax, 10
    push rbx
ENDM
_TEXT SEGMENT
    twice
    REPT 2
    inc eax
    ENDM
f PROC FRAME
    push rbx
    .pushreg rbx
    sub rsp, 32
    .allocstack 32
    .endprolog
    mov eax, 10
    add rsp, 32
    pop rbx
    ret
f ENDP
g PROC
    ret
g ENDP
h PROC USES rbx
    push rbx
    ret
h ENDP
    ret
    push rbx
_TEXT ENDS
END
