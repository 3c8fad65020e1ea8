; A segment override on the es:[rdi] destination of a string instruction
; (ml64 14.12: A2070).
.code
  movs byte ptr fs:[rdi], byte ptr [rsi] ; ERROR A2070
END
