; OPATTR and .TYPE (the low byte; JWasm sets the high byte to its language
; type, ml64's is 0, so the tests mask it), THIS type, ASSUME reg:PTR
; type with [reg].field, and casts [reg].TYPE.field.
; Hand check of OPATTR bits: 1 code label, 2 memory variable, 4 immediate,
; 8 direct memory, 10h register, 20h no error, 40h SS-relative, 80h
; external; an undefined symbol gives 0.
; CHECK: objdump -d -M intel
POINT STRUCT
  x DWORD ?
  y DWORD ?
POINT ENDS
EXTERN ext1:DWORD
.data
pt POINT <>
tp EQU THIS POINT
 dd 3, 4
tw EQU THIS WORD
 dw 5
.code
 mov eax, (OPATTR pt) AND 0FFh
 mov eax, OPATTR 5
 mov eax, OPATTR eax
 mov eax, OPATTR [rbx]
 mov eax, OPATTR xx
 mov eax, (OPATTR ext1) AND 0FFh
 mov eax, OPATTR POINT.y
 mov eax, (OPATTR pt.y) AND 0FFh
 mov eax, OPATTR [rbp+8]
 mov eax, .TYPE pt
 mov eax, (OPATTR OFFSET pt) AND 0FFh
 mov eax, OPATTR undefd
 mov eax, OPATTR [rsp]
 mov eax, (OPATTR [rbx+pt]) AND 0FFh
 mov eax, (OPATTR (pt)) AND 0FFh
 mov eax, OPATTR POINT
 mov eax, (OPATTR fproc) AND 0FFh
 mov eax, TYPE tp
 mov eax, TYPE tw
 mov eax, SIZEOF tp
 ASSUME rbx:PTR POINT
 mov eax, [rbx].y
 mov eax, [rbx+8].x
 ASSUME rbx:NOTHING
 mov eax, [rbx].POINT.y
 ASSUME rsi:PTR POINT, rdi:PTR POINT
 mov eax, [rsi].y
 add eax, [rdi].y
 ASSUME rsi:NOTHING, rdi:NOTHING
fproc PROC
 ret
fproc ENDP
xx EQU 5
END
