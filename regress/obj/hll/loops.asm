; .WHILE (test at the bottom, jmp to it at the top; none for `.WHILE 1'),
; .REPEAT/.UNTIL, .UNTILCXZ with and without a condition (loop, loope,
; loopne), .BREAK/.CONTINUE [.IF] in nested loops, constant conditions,
; nested || and && groups (JWasm's label shuffling, unreferenced labels
; included), code outside any PROC.
; CHECK: objdump -d -M intel
.code
.WHILE eax < 10
  inc eax
  .IF ebx == 3
    .BREAK
  .ENDIF
  .CONTINUE .IF ecx
  .BREAK .IF edx > 5 && esi
.ENDW
.WHILE 1
  .BREAK .IF eax
.ENDW
.WHILE
  nop
.ENDW
.REPEAT
  dec ecx
  .CONTINUE .IF eax || ebx
.UNTIL ecx == 0 || edx
.REPEAT
.UNTILCXZ
.REPEAT
.UNTILCXZ eax == 2
.REPEAT
.UNTILCXZ eax != 2
.REPEAT
.UNTIL 1
.REPEAT
.UNTIL 0
.REPEAT
.UNTIL
.IF 1
 nop
.ENDIF
.IF 0
 nop
.ENDIF
.IF 0 || eax
.ENDIF
.IF eax || (ebx && ecx)
 nop
.ENDIF
.IF (eax || ebx) && ecx
 nop
.ENDIF
.IF eax || (ebx || ecx)
 nop
.ENDIF
.WHILE (eax || ebx) && ecx
 nop
.ENDW
.REPEAT
.UNTIL (eax || ebx) && (ecx || edx)
end
