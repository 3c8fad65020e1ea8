; Item 7 of issue 11: ORG $-n moves the location counter back, and what
; follows overwrites the bytes already there (labels get the new
; addresses); the section keeps its largest size.
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
.data
table db 10h, 11h, 12h, 13h, 14h, 15h, 16h, 17h, 18h, 19h
ORG $-7
patched dw 0BEEFh
after db 0AAh
ORG 12
tail_b db 0CCh
.code
entry PROC
  mov eax, 1
  mov ecx, 2
ORG $-5
  xor eax, eax
  lea rdx, patched
  ret
entry ENDP
END
