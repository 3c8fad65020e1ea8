; Found in the MASM64 SDK (issue 11, item 15): STRUCT takes its alignment
; as a type name (S STRUCT QWORD is 8), and a text macro defined further
; down does not rename a field of an earlier STRUCT (ml64 reads a line at
; a time; our second pass must not see the TEXTEQU early).
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
MENU_INFO STRUCT QWORD
  handle dq ?
  ident dw ?
  extra dq ?
MENU_INFO ENDS
SMALL_S STRUCT WORD
  b1 db ?
  w1 dw ?
SMALL_S ENDS
PAIR_S STRUCT
  count DWORD ?
  owner DWORD ?
PAIR_S ENDS
count TEXTEQU <renamed>
.data
m MENU_INFO <1, 2, 3>
sm SMALL_S <4, 5>
.code
layout PROC
  mov eax, SIZEOF MENU_INFO
  mov eax, MENU_INFO.extra
  mov eax, SIZEOF SMALL_S
  mov eax, PAIR_S.owner
  ret
layout ENDP
END
