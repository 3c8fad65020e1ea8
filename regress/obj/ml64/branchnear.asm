; issue 10 items 9 and 11: jcc/jmp NEAR PTR label stay rel32 (the source asked
; for near), plain ones relax to rel8 where it reaches, as ml64 14.12.
; CHECK: objdump -dr -M intel
.code
f proc
 jz near ptr l1
 jmp near ptr l1
 jnz l1
 jmp l1
 nop
l1:
 jz near ptr l1
 jmp near ptr f
 jmp short l1
 ret
f endp
end
