; Nesting: .REPEAT and .WHILE inside .WHILE, .ELSEIF chains with .BREAK
; and .CONTINUE of the enclosing loops, SQWORD/SWORD signed data, byte and
; word operands, memory with index registers, an EQU constant, `!!', and
; parenthesized operands that are ordinary expressions; inside a FRAME
; PROC.
; CHECK: objdump -dr -M intel
.data
sq SQWORD 0
sw SWORD 0
ub BYTE 0
uw WORD 0
uq QWORD 0
arr DWORD 10 dup (0)
LIMIT EQU 100
.code
f proc frame
  push rbx
  .pushreg rbx
  .endprolog
  .WHILE ecx != 0
    .REPEAT
      .IF sq > 5 || sw <= -2
        inc rax
      .ELSEIF ub == 3 && uw >= 7
        dec rax
      .ELSEIF (uq != 0)
        .BREAK
      .ELSEIF OVERFLOW? || SIGN? && !PARITY?
        .CONTINUE
      .ELSE
        .CONTINUE .IF rax < rbx
        .BREAK .IF !(rax == rbx) || CARRY?
      .ENDIF
      .WHILE dword ptr [rbx+rcx*4] < LIMIT
        add dword ptr [rbx+rcx*4], 1
        .BREAK .IF ZERO?
        .CONTINUE
      .ENDW
    .UNTIL rdx >= 10 && (r8 < r9 || r10 & 80h)
    dec ecx
  .ENDW
  .IF sdword ptr [rbx] < 0 && arr[rcx*4] > 3
    nop
  .ENDIF
  .IF al == 'A' || ax == 1234h || r15b != 0
    nop
  .ENDIF
  .IF !!eax
    nop
  .ENDIF
  .IF ((eax))
    nop
  .ENDIF
  .IF ((eax == 1))
    nop
  .ENDIF
  .REPEAT
    .BREAK .IF eax > 1
    .CONTINUE .IF ebx > 1
  .UNTIL ecx
  .REPEAT
  .UNTIL !ecx || edx == 3
  pop rbx
  ret
f endp
end
