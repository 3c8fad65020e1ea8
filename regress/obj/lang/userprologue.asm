; OPTION PROLOGUE:macro / EPILOGUE:macro (ml64, found in the MASM64 SDK):
; the user's macros are called for every PROC with (procname, flags,
; parmbytes = 8 per parameter + 8, localbytes, <uses>, userparms); the
; prologue's EXITM value is the bytes it reserved, and the locals move down
; by what exceeds localbytes; a RET in the epilogue macro is a plain ret.
; CHECK: objdump -d -M intel
OPTION DOTNAME
my_pro MACRO procname, flag, argbytes, localbytes, reglist, userparms:VARARG
  LOCAL sz
  sz = localbytes + 32
  enter sz, 0
  IF argbytes GT 0
    mov [rbp+16], rcx
  ENDIF
  EXITM <sz>
ENDM
my_epi MACRO procname, flag, argbytes, localbytes, reglist, userparms:VARARG
  leave
  ret
ENDM
OPTION PROLOGUE:my_pro
OPTION EPILOGUE:my_epi
.code
plain PROC
  xor eax, eax
  ret
plain ENDP
withargs PROC first:QWORD, second:DWORD
  LOCAL tmp:QWORD, buf[20]:BYTE
  mov rax, first
  mov tmp, rax
  lea rdx, buf
  mov eax, second
  ret
withargs ENDP
OPTION PROLOGUE:PROLOGUEDEF
OPTION EPILOGUE:EPILOGUEDEF
after PROC x:QWORD
  mov rax, x
  ret
after ENDP
END
