; Found in the MASM64 SDK (issue 11, item 15): ml64 has no .IF/.WHILE, so
; macro libraries define macros and text macros with those names; the
; user's definition wins over JWasm's HLL directive.  Also ALIGN with a
; type name in a STRUCT, and TYPEDEF PTR of a name not defined (yet).
; CHECK: objdump -s -j .data
; CHECK: objdump -d -M intel
OPTION DOTNAME
.if MACRO args:VARARG
  db args
ENDM
.WHILE EQU <.if>
CB_PTR TYPEDEF PTR NotYetDefinedHandler
SLOTS STRUCT
  first BYTE ?
  ALIGN DWORD
  second DWORD ?
  third BYTE ?
  ALIGN QWORD
  fourth CB_PTR ?
SLOTS ENDS
.data
.if 5, 6
.WHILE 7
.code
probe PROC
  mov eax, SIZEOF SLOTS
  mov eax, SLOTS.second
  mov eax, SLOTS.fourth
  ret
probe ENDP
END
