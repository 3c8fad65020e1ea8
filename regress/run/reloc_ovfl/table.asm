; 70000 ADDR64 relocations in one section: more than the 16-bit count of a
; COFF section header holds, so .data carries IMAGE_SCN_LNK_NRELOC_OVFL
; and the real count in an extra first relocation (issue #15 item 6: the
; count was clamped to 0xFFFF with no flag, and the linker then saw only
; the first 65535).  main.c checks every entry after the link; the code
; section's REL32 comes after them in the file.
PUBLIC table, nentries, get_tgt
.data
tgt      DB 16 DUP (0)
nentries DD 70000
table    LABEL QWORD
n = 0
REPT 70000
         DQ tgt + (n MOD 16)
         n = n + 1
ENDM
.code
get_tgt PROC
        lea     rax, tgt
        ret
get_tgt ENDP
END
