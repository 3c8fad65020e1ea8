; A quoted constant with doubled quotes ("a""b" is the 3 characters a"b),
; in `=` and as an instruction immediate, as ml64 14.12 reads it: up to 8
; characters after the doubled quotes are undone ("a""b""c""d" fits; it
; was A2084 in `=` and 4 bytes a""b as an immediate).
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
.data
q8 = """"""""""""""""""
abcd = "a""b""c""d"
mixed = "ab""cd""ef"
apos = 'it''s'
  DQ q8, abcd, mixed, apos
.code
  mov eax, "a""b"
  mov rax, "ab""cd""e"
  mov eax, 'x''y'
END
