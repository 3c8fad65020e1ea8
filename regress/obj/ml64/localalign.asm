; Where ml64 14.12 puts a LOCAL after a 1-byte one, in its own frame (and
; the same under OPTION PROLOGUE, the MASM64 SDK's STACKFRAME): the
; element size modulo 4 picks the alignment, 1 -> 1, 2 -> 2, 3 or 0 -> 4.
; So a QWORD or an XMMWORD is only 4-aligned (rbp-0Ch, rbp-14h), a TBYTE
; 2-aligned, a 9-byte STRUCT not at all, an 11-byte one 4-aligned.
; CHECK: objdump -d -M intel
NINE STRUCT
  a DWORD ?
  b BYTE 5 DUP (?)
NINE ENDS
ELEVEN STRUCT
  a QWORD ?
  b BYTE 3 DUP (?)
ELEVEN ENDS
.code
p_qword proc
  LOCAL c:BYTE, v:QWORD
  lea rax, v
  ret
p_qword endp
p_xmm proc
  LOCAL c:BYTE, v:XMMWORD
  lea rax, v
  ret
p_xmm endp
p_tbyte proc
  LOCAL c:BYTE, v:TBYTE
  lea rax, v
  ret
p_tbyte endp
p_nine proc
  LOCAL c:BYTE, v:NINE, w:WORD
  lea rax, v
  lea rax, w
  ret
p_nine endp
p_eleven proc
  LOCAL c[2]:BYTE, v:ELEVEN
  lea rax, v
  ret
p_eleven endp
p_arrays proc
  LOCAL c:BYTE, v[2]:NINE, d:BYTE, q[3]:QWORD, f:FWORD
  lea rax, v
  lea rax, q
  lea rax, f
  ret
p_arrays endp
END
