; ARGS: -W3
; issue 10 item 2: ml64 sign-extends an imm 80000000h..0FFFFFFFFh of a
; 64-bit operation without a word; we say so at -W3 (A4908, ours).
.code
f1 PROC
        and     rax, 0FFFFFFFFh                 ; WARNING A4908
        ret
f1 ENDP
END
