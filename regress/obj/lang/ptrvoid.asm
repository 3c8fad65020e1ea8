; Item 8 of issue 11: PTR VOID in a TYPEDEF, used for STRUCT fields, data
; and parameters (8 bytes); a field written "PTR VOID" directly is A2008 in
; ml64 (err/lang_ptrfield).
; CHECK: objdump -d -M intel
; CHECK: objdump -s -j .data
HANDLE_T TYPEDEF PTR VOID
PPTR_T TYPEDEF PTR PTR VOID
NODE STRUCT
  link HANDLE_T ?
  back PPTR_T ?
  tag DWORD ?
NODE ENDS
.data
root HANDLE_T 0
one NODE <0, 0, 7>
.code
walk PROC item:PTR VOID, other:HANDLE_T
  mov eax, SIZEOF NODE
  mov ecx, NODE.tag
  mov edx, TYPE root
  ret
walk ENDP
END
