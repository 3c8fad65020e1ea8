; A data label of a 3-byte STRUCT type against a register: ml64 14.12 says
; A2022 (see lang_structsize.asm).
S3 STRUCT
  a DB 3 DUP (?)
S3 ENDS
.data
v S3 <>
.code
  mov eax, DWORD PTR v
  mov eax, v              ; ERROR A2022
END
