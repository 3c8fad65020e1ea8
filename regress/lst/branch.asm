; Listing of relaxed branches: the listed bytes are the final ones, after
; layout grew some jumps from rel8 to rel32, and the addresses after them
; moved accordingly.  ALIGN padding in code is listed too.
; LSTGREP: ^[0-9A-F]{8} 0F8[0-9A-F]
; LSTGREP: ^[0-9A-F]{8} E9
; LSTGREP: ^[0-9A-F]{8} 7[0-9A-F]
.code
start:
        jmp     near_fwd
        jz      far_fwd
        jnz     near_fwd
        jmp     far_fwd
near_fwd:
        nop
        ALIGN 16
        DB 200 DUP (90h)
far_fwd:
        jmp     start
        jc      near_fwd
        loop    far_fwd
        jmp     SHORT far_fwd
        ret
END
