; Branch relaxation of the generated jumps: bodies of 120-200 bytes make
; some jumps rel32 (the same grow-only choice as JWasm's), at the edges
; 126/127/128.  The .WHILE condition is assembled at .ENDW, so it sees
; the value X has there (5, not 1); a text macro in a condition.
; CHECK: objdump -d -M intel
X = 1
T1 TEXTEQU <ebx>
.code
f proc
  .WHILE eax < X && T1 > 2
    db 120 dup (90h)
    .IF ecx
      db 130 dup (90h)
    .ELSE
      .BREAK .IF edx
      db 125 dup (90h)
    .ENDIF
X = 5
  .ENDW
  .REPEAT
    db 200 dup (90h)
    .CONTINUE .IF eax || ebx
  .UNTIL ecx > 100 || edx < 3
  .IF eax
    db 126 dup (90h)
  .ENDIF
  .IF eax
    db 127 dup (90h)
  .ENDIF
  .IF eax
    db 128 dup (90h)
  .ENDIF
  .WHILE 1
     db 126 dup (90h)
  .ENDW
  .WHILE eax
     db 124 dup (90h)
  .ENDW
  .WHILE eax
     db 123 dup (90h)
  .ENDW
  ret
f endp
end
