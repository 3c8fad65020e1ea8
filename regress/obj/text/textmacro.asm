; Text macros: TEXTEQU (literal, %expr), text EQU (literal and a text
; macro), CATSTR, SUBSTR (with and without length), INSTR (with and
; without start), SIZESTR, the functions @CatStr @SubStr @InStr @SizeStr,
; and expansion in instruction operands.  (TEXTEQU of a text macro:
; text/copy; `%' lines: text/pctline; blank @InStr start: text/instr.)
; CHECK: objdump -s -j .data
; CHECK: objdump -d -M intel
.data
t1  TEXTEQU <12h>
t2  TEXTEQU <t1>                ; expanded again where used
t3  TEXTEQU %(t1 + 1)           ; "19" (decimal text)
t4  EQU <34h>
t5  EQU t4                      ; text EQU of a text macro
    DB t1, t2, t3, t4, t5
cat1 CATSTR <1>, <2>, t1        ; "1212h"
    DW cat1
cat2 CATSTR <ab>, <>, <cd>
sub1 SUBSTR cat2, 2, 2          ; "bc"
sub2 SUBSTR cat2, 3             ; "cd"
pos1 INSTR cat2, <cd>           ; 3
pos2 INSTR 2, <abcabc>, <abc>   ; 4
pos3 INSTR <abc>, <x>           ; 0
len1 SIZESTR cat2               ; 4
len2 SIZESTR <>                 ; 0
    DB pos1, pos2, pos3, len1, len2
s12 CATSTR sub1, <x>, sub2      ; "bcxcd"
pos4 INSTR s12, <x>             ; 3
len3 SIZESTR s12                ; 5
    DB pos4, len3
    DB @SizeStr(<hello>), @InStr(1, <hello>, <l>), @InStr(4, <hello>, <l>)
    DB @SubStr(<123456>, 2, 3)  ; 234 = 0EAh
    DB @SubStr(<123456>, 5)     ; 56 = 38h
    DB @CatStr(<5>, <6>)        ; 56
reg TEXTEQU <ecx>
imm TEXTEQU <5>
.code
    mov reg, imm
    add reg, @CatStr(<1>, <0>)
    mov @CatStr(<e>, <dx>), @SizeStr(<abc>)
END
