; SIZEOF (and LENGTHOF) of a code label: ml64 14.12 says A2143 (expected
; data label); SIZE of it is 0FF08h, as TYPE.
.code
start proc
  mov eax, SIZE start
  mov eax, SIZEOF start    ; ERROR A2143
  ret
start endp
END
