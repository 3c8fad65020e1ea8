; String instruction operands of two sizes (ml64 14.12: A2070).
.code
  cmps byte ptr [rsi], word ptr [rdi] ; ERROR A2070
END
