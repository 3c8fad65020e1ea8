; `type PTR reg` is the register when the sizes agree (byte ptr cl); another
; size is A2032 in ml64 14.12.
.code
  mov al, byte ptr cl
  mov ax, word ptr cl    ; ERROR A2032
END
