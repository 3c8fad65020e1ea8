; Issue 11 (item 14; corpus corert CallDescrWorker): the segment a simplified
; directive opens (.code: _TEXT, .data: _DATA, .const: CONST, `.code name`:
; name) stays open, under any SEGMENT opened later, until its own ENDS.
; Runtime macros end a procedure with `name ENDP` / `_TEXT ENDS`.
; CHECK: objdump -d -M intel
; CHECK: llvm-readobj --sections --symbols
.code
first PROC
  mov eax, 1
  ret
first ENDP
_TEXT ENDS
.data
counter DD 5
_data ENDS
.const
limits DW 1, 2
CONST ENDS
_TEXT SEGMENT
second PROC
  mov eax, counter
  ret
second ENDP
_TEXT ENDS
.code
inner SEGMENT 'CODE'
  nop
inner ENDS
third PROC
  movzx eax, limits
  ret
third ENDP
_TEXT ENDS
.code other
  int 3
OTHER ENDS
END
