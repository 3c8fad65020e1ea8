; Item 12 of issue 11: the data directives DB DW DD DF DQ DT where a
; declaration takes a type (EXTERN, EXTERNDEF, LABEL).  ml64 14.12 accepts
; them, but the sizes it gives are not BYTE..TBYTE: measured TYPE values are
; DB 4, DW 8, DD 16, DF 4, DQ 8, DT 10 (so "mov al, x" with x:DB is A2022,
; err/lang_dbextern).  We follow the measurement.
; CHECK: objdump -dr -M intel
EXTERN ext_b:DB, ext_w:DW, ext_d:DD
EXTERN ext_f:DF, ext_q:DQ, ext_t:DT
EXTERNDEF pub_b:DB, pub_q:DQ
.data
here_b LABEL DB
here_w LABEL DW
here_d LABEL DD
  dq 0
.code
sizes PROC
  mov cl, TYPE ext_b
  mov cl, TYPE ext_w
  mov cl, TYPE ext_d
  mov cl, TYPE ext_f
  mov cl, TYPE ext_q
  mov cl, TYPE ext_t
  mov cl, TYPE pub_b
  mov cl, TYPE pub_q
  mov cl, TYPE here_b
  mov cl, TYPE here_w
  mov cl, TYPE here_d
  mov eax, ext_b
  mov rax, ext_q
  mov rdx, here_w
  ret
sizes ENDP
END
