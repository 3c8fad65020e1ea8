; Data relocations: 64-bit and 32-bit absolute addresses of local labels
; and of an external symbol with an addend, and an image-relative address.
; CHECK: llvm-readobj --relocs
; CHECK: objdump -s -j .data
EXTERN ext1:BYTE

.data
v1      DQ 1122334455667788h
v2      DD 55667788h
p1      DQ v1                   ; ADDR64 -> v1
p2      DQ v2 + 4               ; ADDR64 -> v2, addend 4 in place
p3      DQ ext1                 ; ADDR64 -> ext1
p4      DQ ext1 + 10h           ; ADDR64 -> ext1, addend 10h
p5      DD IMAGEREL v1          ; ADDR32NB -> v1
p6      DQ p6                   ; refers to itself

.code
f1 PROC
        ret
f1 ENDP

.data
pf      DQ f1                   ; ADDR64 into another section
END
