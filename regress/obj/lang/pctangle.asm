; Issue 11 item 2/15 (MASM64 SDK SaveRegs/RestoreRegs): on a line that
; starts with %, text macros inside <...> are replaced too, so
; `% FOR r, <regs>` with regs TEXTEQU <1, 2> runs once per item (it ran
; once with the whole text as its item).
; CHECK: objdump -s -j .data
pair TEXTEQU <1, 2>
inner TEXTEQU <5>
outer TEXTEQU <inner, 6>
.data
% FOR v, <pair>
  db v
ENDM
%FOR v, <outer>
  db v + 10h
ENDM
saveall MACRO
  % FOR v, <pair>
    db v + 20h
  ENDM
ENDM
saveall
FOR v, <pair>
  db v + 30h
ENDM
END
