; Issue 11 (corpus JWasm sample Win64_9a): the VARARG parameter of a PROC
; names the stack slot of the first variable argument, so `ADDR args` and
; `lea rax, args` give its address (JWasm extension; ml64 has no INVOKE).
; CHECK: objdump -dr -M intel
OPTION CASEMAP:NONE
OPTION FRAME:AUTO
format_v PROTO :PTR, :PTR, :PTR
.code
print_f PROC FRAME USES rbx fmt:PTR BYTE, args:VARARG
  LOCAL buf[64]:BYTE
  invoke format_v, ADDR buf, fmt, ADDR args
  lea rax, args
  mov rcx, fmt
  ret
print_f ENDP
END
