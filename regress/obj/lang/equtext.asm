; Item 4 of issue 11: EQU of a name not defined yet makes a text macro
; (ml64 reads a line at a time), which a later EQU may redefine; a label
; already defined makes a fixed alias (err/lang_equlabel: A2005).
; CHECK: objdump -dr -M intel
current EQU step_one
.code
driver PROC
  call current
current EQU step_two
  call current
later EQU value_k
  mov eax, later
  ret
driver ENDP
step_one PROC
  ret
step_one ENDP
step_two PROC
  ret
step_two ENDP
value_k EQU 1234h
END
