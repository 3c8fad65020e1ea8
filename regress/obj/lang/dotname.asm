; Item 9 of issue 11: OPTION DOTNAME lets names start with '.' (data,
; code labels, PROCs, macros), with no warning; without it (ml64's default,
; and after OPTION NODOTNAME) such a name is A2008 (err/lang_nodotname).
; ARGS: -WX
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
OPTION DOTNAME
.twice MACRO r
  add r, r
ENDM
.data
.counter dd 3
.code
.bump PROC
  mov eax, .counter
  .twice eax
.done:
  ret
.bump ENDP
OPTION NODOTNAME
END
