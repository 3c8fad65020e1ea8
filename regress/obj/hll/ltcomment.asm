; A '<' in a .IF/.WHILE/.UNTIL condition with a '>' later in the line's
; comment (`.if eax < 5 ; eax -> index`): the '<' is the operator and the
; ';' starts the comment, as in JWasm 2.21.  Since ml64's rule that a ';'
; inside <...> is text, the '<' opened a <...> to the comment's '>' and the
; condition took the comment in (A2206 missing operator).
; CHECK: objdump -d -M intel
.code
f PROC
  .while ecx < 10 ; loop -> end
    inc ecx
  .endw
  .repeat
    dec ecx
  .until ecx < 3 ; a > b
  .if byte ptr [rax] < 'a' ; x > y
    nop
  .elseif eax < ebx ; <a>
    nop
  .endif
  ret
f ENDP
END
