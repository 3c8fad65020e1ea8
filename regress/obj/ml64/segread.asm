; issue 10 (real-world finding 11): a segment with READ and without WRITE is
; read-only (0x40000040 plus alignment), as ml64 14.12 writes it.
; CHECK: llvm-readobj --sections
x segment alias(".rdx") read 'DATA'
 dd 1
x ends
y segment read write 'DATA'
 dd 2
y ends
.code
 ret
end
