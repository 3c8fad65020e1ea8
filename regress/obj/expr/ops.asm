; Address operators: OFFSET, IMAGEREL, SECTIONREL in data and as
; immediates, `$' as an address, label+const, label difference.  Code
; comes first: JWasm orders .text before .data regardless of source order.
; CHECK: objdump -dr -M intel
; CHECK: llvm-readobj --relocs
; CHECK: objdump -s -j .data
.code
f1 PROC
        mov     rax, OFFSET d1
        mov     eax, IMAGEREL d1
        mov     ecx, SECTIONREL d1
        mov     rdx, OFFSET d1 + 8
        lea     rax, d1
        mov     eax, d1 - d0
        ret
f1 ENDP
.data
d0      DD 1
d1      DD 2
p1      DQ OFFSET d1
p2      DD IMAGEREL d1
p3      DD SECTIONREL d1
p4      DQ $
p5      DQ d1 + 4
p6      DD d1 - d0, p6 - d0
END
