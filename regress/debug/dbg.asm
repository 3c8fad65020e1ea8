; dbg.asm - the debug-information sample (regress/cli/debuginfo_pdb.sh,
; doc/debuginfo.md): FRAME:AUTO procedures with parameters and STRUCT
; LOCALs, a macro call, an INCLUDE with code, a second code section and
; data labels.  Every line that must have a line-table entry ends in ";#";
; a line whose instruction the test finds in the disassembly ends in
; ";@name pattern" (pattern: GNU objdump's Intel-syntax text).
OPTION FRAME:AUTO

POINT STRUCT
  x     DWORD ?
  y     DWORD ?
POINT ENDS

SPAN UNION
  whole QWORD ?
  half  DWORD ?
SPAN ENDS

ADDTWICE MACRO reg, v
        add     reg, v
        add     reg, v
ENDM

.data
origin  POINT <1, 2>
counter QWORD 0
PUBLIC origin

.code
; scale(p, k): (p->x + 6 + ...) * k, with a frame made by FRAME:AUTO
scale PROC FRAME USES rbx p:QWORD, k:DWORD ;#
        LOCAL pt:POINT, wide:SPAN, tmp:QWORD
        mov     rbx, p                      ;# ;@body mov +rbx,QWORD PTR \[rbp\+0x10\]
        mov     eax, [rbx].POINT.x          ;#
        mov     pt.x, eax                   ;# ;@ptx mov +DWORD PTR \[rbp-0x[0-9a-f]+\],eax
        ADDTWICE eax, 1111h                 ;# ;@macro add +eax,0x1111
        INCLUDE dbg.inc
again:
        dec     eax                         ;#
        jnz     again                       ;#
        mov     tmp, rax                    ;# ;@tmp mov +QWORD PTR \[rbp-0x[0-9a-f]+\],rax
        mov     wide.half, eax              ;#
        ret                                 ;# ;@ret ret
scale ENDP

tx2 SEGMENT READONLY EXECUTE ALIGN(16) 'CODE'
; the entry point, in a second code section
start PROC FRAME ;#
        LOCAL where:POINT
        lea     rcx, origin                 ;# ;@start lea +rcx,
        mov     edx, 3                      ;#
        call    scale                       ;#
        mov     where.y, eax                ;#
        mov     counter, rax                ;#
        xor     eax, eax                    ;#
        ret                                 ;# ;@startret ret
start ENDP
tx2 ENDS
END
