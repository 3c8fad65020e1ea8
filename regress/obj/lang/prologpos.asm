; Issue 11 item 15 (MASM64 SDK: fa, wtok, dlltest, reptst): the generated
; prologue goes before the first instruction or code label of a PROC, not
; before its first statement. Data, ALIGN, LABEL, EQU and segment
; directives come before it, and a LOCAL may follow them (the SDK's USING
; macro: a LOCAL, then an EQU, then the caller's next LOCAL). A macro
; function switching to .data and back in the first instruction's operand
; leaves the prologue in front of that instruction.
; CHECK: objdump -d -r -M intel
; CHECK: objdump -s -j .data
.code
  nop
first PROC
  LOCAL a1:QWORD
  db 90h
  align 8
entry_one LABEL NEAR
  saved_list EQU <r12>
  count_v = 3
  LOCAL a2:DWORD
  mov a1, r12
  mov a2, count_v
  ret
first ENDP
second PROC
  LOCAL b1:QWORD
@@:
  mov b1, rax
  jmp @B
second ENDP
third PROC
  LOCAL c1:QWORD
there::
  mov c1, rcx
  ret
third ENDP
strptr MACRO text
  LOCAL str_v, ptr_v
  .data
    str_v db text, 0
    ptr_v dq str_v
  .code
  EXITM <ptr_v>
ENDM
fourth PROC
  LOCAL d1:QWORD
  mov rax, strptr("hello")
  mov d1, rax
  ret
fourth ENDP
  dd entry_one - first, there - third
END
