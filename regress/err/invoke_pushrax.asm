; INVOKE of a STDCALL (or C) procedure pushes right to left and loads an
; ADDR argument with lea rax: a later-pushed argument that reads rax (here
; eax) was pushed as the address instead, silently.  JWasm 2.21 rejects it
; ("Register value overwritten by INVOKE"); the ml64 number is A2133.
f PROTO STDCALL :DWORD, :QWORD
.code
h PROC
  LOCAL lv:QWORD
  invoke f, eax, ADDR lv        ; ERROR A2133
  ret
h ENDP
END
