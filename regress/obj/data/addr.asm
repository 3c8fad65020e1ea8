; Addresses as data: `dq label' (ADDR64), `dd label' (ADDR32), `dd
; imagerel label' (ADDR32NB), `dd sectionrel label' (SECREL), `dq label+8'
; (addend in place), `dq extern_sym', a code label; `label2 - label1' is a
; constant (no relocation), also across a forward reference.
; CHECK: llvm-readobj --relocs
; CHECK: objdump -s -j .data
EXTERN ext1:QWORD
.code
f1 PROC
        ret
f1 ENDP
.data
l1      DQ      0
l2      DD      0
a1      DQ      l1
a2      DD      l2
a3      DD      IMAGEREL l2
a4      DD      SECTIONREL l2
a5      DQ      l1 + 8
a6      DQ      ext1
a7      DQ      ext1 - 4
a8      DQ      f1
a9      DD      l2 - l1, a9 - l1
a10     DW      l3 - l1
a11     DB      l3 - a10
l3      DB      0
END
