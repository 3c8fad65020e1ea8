; Issue 15 item 9: '$' and THIS describe the current position without
; opening a fragment.  Here the position follows fragments that can still
; grow (a relaxable jump, ALIGN, ORG) or starts a section, in data, EQU,
; =, ORG $-8, jmp $, dq $, THIS BYTE/NEAR.  Only label differences and
; same-section jumps (ml64 names each '$' of a relocation $$nnnnnn).
; CHECK: objdump -s
.data
d0 dq $ - d0            ; $ at the start of a section
d1 db 1
   ALIGN 8
d2 dq $ - d0            ; $ right after an ALIGN
e_after_align EQU $
   ORG 20h
d3 dq $ - d0            ; $ right after an ORG
e_after_org = $
   dq 1, 2
   ORG $-8
d4 dq $ - d0            ; ORG $-8 moved back over the last qword
e_this EQU THIS BYTE
   db 0AAh
.code
f PROC
   jmp $                ; a jump to itself, first in the section
   jz near_label
h_after_jcc = $         ; $ right after a relaxable jump
   jmp h_after_jcc
   nop
   ALIGN 16
h_after_align EQU $
   jmp $+2
   jnz far_away
   mov edx, h_after_align - h_after_jcc
near_label::
   jmp short $
t_this EQU THIS NEAR
   jmp t_this
   jmp $-2
   mov ecx, TYPE e_this
   db 80h DUP (90h)
far_away::
   ret
f ENDP
.data
   dq h_after_jcc - f, h_after_align - f, t_this - f, far_away - f
   dq e_after_align - d0, e_after_org - d0
   dd e_this - d0
   db $ - d0
END
