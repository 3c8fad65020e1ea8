; Code labels alone on their lines, which take a quicker path (issue 13:
; lexed without the general scanner, and in pass 2 found as the symbol
; pass 1 defined after the previous label): blanks before the name, ? $ _
; @ in names, a blank before the colon, name:: inside a PROC, @@, a text
; macro that names the label, a LOCAL label of a macro, forward and
; backward jumps, the same names in two PROCs with a PROC (not a label)
; defined between them, and a name first used as a forward global.
; CHECK: objdump -dr -M intel
lname TEXTEQU <viaText>
loopy MACRO
    LOCAL here
here:
    dec ecx
    jnz here
ENDM
.code
    jmp outside
outside:
first PROC
  L1:
    jmp L3
?q$_@1:
    nop
L2  :
    jne L2
L3:
    jmp ?q$_@1
glob::
@@:
    jmp @B
    jmp viaText
lname:
    loopy
    jmp L1
    ret
first ENDP
second PROC
L1:
    jmp L2
    jmp glob
	L2:
    loopy
    jmp L1
    ret
second ENDP
END
