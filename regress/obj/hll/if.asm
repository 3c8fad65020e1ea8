; .IF/.ELSEIF/.ELSE/.ENDIF with every comparison, signed data (SDWORD,
; SBYTE) and an `sdword ptr` cast against unsigned data and registers
; (jl/jge vs jb/jae), `&' as test, bare register (and r,r) and memory
; (cmp m,0) operands, flags, `!', && and || layouts, parentheses.
; CHECK: objdump -dr -M intel
.data
sv SDWORD 0
uv DWORD 0
sb SBYTE 0
.code
f proc
.IF eax
  nop
.ENDIF
.IF eax == 1
  nop
.ELSEIF ebx < 2
  nop
.ELSE
  int 3
.ENDIF
.IF sv < 3
  nop
.ENDIF
.IF uv < 3
  nop
.ENDIF
.IF sdword ptr eax < 3
  nop
.ENDIF
.IF eax & 4
  nop
.ENDIF
.IF CARRY? || !ZERO?
  nop
.ENDIF
.IF (eax > 1 && ebx <= 3) || ecx != edx
  nop
.ENDIF
.IF !eax
  nop
.ENDIF
.IF !(eax == 1)
  nop
.ENDIF
.IF sb
  nop
.ENDIF
.IF uv
  nop
.ENDIF
ret
f endp
end
