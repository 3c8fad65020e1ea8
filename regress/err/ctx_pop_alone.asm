; POPCONTEXT with nothing pushed: ml64's fatal A1010 "unmatched block
; nesting" (no name after it).
; oracle: ml64 14.12 (wine ml64 /c ctx_pop_alone.asm)
.data
    DB 1
POPCONTEXT RADIX                ; FATAL A1010
    DB 2
END
