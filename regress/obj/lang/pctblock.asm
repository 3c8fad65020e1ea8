; Item 2 of issue 11: a line starting with % inside a macro keeps its
; directive, so "% FOR ... ENDM" (and % IF, % REPT, % FORC) are blocks whose
; ENDM / ENDIF close them, and "% name EQU value" defines name.
; CHECK: objdump -s -j .data
counter = 10
numbered MACRO names:VARARG
  % FOR nm, <names>
    % nm EQU counter
    counter = counter + 1
  ENDM
ENDM
twice MACRO n
  % REPT n
    db 0AAh
  ENDM
ENDM
spell MACRO w
  % FORC ch, <w>
    db "&ch&"
  ENDM
ENDM
pick MACRO v
  % IF v GT 5
    db 0B1h
  ELSE
    db 0B0h
  ENDIF
ENDM
numbered red, green, blue
.data
db red, green, blue
twice 3
spell xyz
pick 9
pick 2
END
