; The COFF symbol table: .file, one section symbol with an aux section
; record per section, undefined externals (used ones only), publics (PROC
; names are public by default, data made PUBLIC), static data labels,
; and the string table for names longer than 8 characters (a 40-character
; public, a long external, a long SEGMENT name).
; CHECK: llvm-readobj --symbols
; CHECK: llvm-readobj --relocs
PUBLIC pubdata, a_forty_character_public_symbol_name_xyz
EXTERN ext_short:PROC, an_external_with_a_long_name:QWORD
EXTERN ext_unused:PROC
.code
main PROC
        call    ext_short
        mov     rax, an_external_with_a_long_name
        mov     eax, statvar
        lea     rcx, long_seg_var
        ret
main ENDP
.data
pubdata DD 1
statvar DD 2
a_forty_character_public_symbol_name_xyz DQ 3
a_long_segment_name SEGMENT ALIGN(8) 'DATA'
long_seg_var DQ 4
a_long_segment_name ENDS
END
