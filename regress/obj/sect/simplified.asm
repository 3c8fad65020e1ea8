; Simplified segment directives: .CODE, .DATA, .DATA? (BSS: size only, no
; raw data), .CONST (.rdata, read-only), each reopened once.  Flags:
; .text$mn 0x60500020, .data 0xC0500040, .bss 0xC0500080, .rdata
; 0x40500040 (ml64 and JWasm agree on all but the code section's name:
; JWasm writes .text, ml64 .text$mn -- see the note in simplified.expect).
; CHECK: llvm-readobj --sections
; CHECK: objdump -s -j .data -j .rdata
.code
f1 PROC
        mov     eax, dword ptr cst
        ret
f1 ENDP
.data
d1      DD 1
.data?
u1      DQ 100 DUP (?)
.const
cst     DD 0ABCDh
.code
f2 PROC
        ret
f2 ENDP
.data
d2      DD 2
.data?
u2      DB 24 DUP (?)
.const
        DB "ro", 0
END
