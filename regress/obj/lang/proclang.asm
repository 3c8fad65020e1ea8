; Issue 11: ml64 reads no language type in a 64-bit PROC: a language word
; followed by `,` or ending the line is a parameter name (`f PROC C` has
; one parameter C, so it gets a frame; `g PROC c, d` two), as `c:DWORD`
; is (paramnames.asm).  A parameter written without a type is a DWORD
; (ml64 and JWasm), in its 8-byte slot.  `C x:QWORD` (a language word
; followed by a parameter) is JWasm's language type: ml64 rejects it
; (obj/invoke/pushcall).
; CHECK: objdump -d -M intel
.code
f PROC C
  mov eax, C
  mov ecx, TYPE C
  ret
f ENDP
g PROC c, d
  mov eax, d
  mov ecx, SIZEOF c
  ret
g ENDP
h PROC PUBLIC stdcall, pascal
  mov eax, pascal
  add eax, stdcall
  ret
h ENDP
k PROC USES rbx basic
  mov ebx, basic
  ret
k ENDP
m PROC x, y:QWORD, z
  mov eax, x
  mov rcx, y
  mov edx, z
  mov r8d, TYPE z
  ret
m ENDP
END
