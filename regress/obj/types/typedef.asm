; TYPEDEF: scalar aliases (data directives, PTR, TYPE, signed), pointer
; types (QWORD data), a typedef of a struct (an alias: fields and data),
; a PROTO type (INVOKE through `pfn PTR [rbx]` uses its signature: rcx
; gets the QWORD argument), and LABEL with a struct type.  (`invoke fp`
; through a variable of the PROTO type works too, but JWasm 2.21 fails on
; it with "General Failure", so it is not in this oracle test.)
; CHECK: objdump -s -j .data
; CHECK: objdump -d -r -M intel
myint TYPEDEF SDWORD
PBYTE TYPEDEF PTR BYTE
POINT STRUCT
  x DWORD ?
  y DWORD ?
POINT ENDS
PPOINT TYPEDEF PTR POINT
PT2 TYPEDEF POINT
pfn TYPEDEF PROTO :QWORD, :DWORD
.data
i1 myint -5, 7
pb PBYTE 0
pp PPOINT 0
p2 PT2 <1, 2>
fp pfn 0
lab LABEL POINT
 dd 3, 4
.code
 mov eax, TYPE myint
 mov eax, TYPE PBYTE
 mov eax, TYPE i1
 mov eax, LENGTHOF i1
 mov eax, TYPE PT2
 mov eax, PT2.y
 mov eax, myint PTR [rbx]
 movsx rax, WORD PTR [rbx]
 mov rax, pb
 mov rax, pp
 mov eax, p2.y
 mov eax, lab.y
 mov eax, TYPE lab
 mov eax, SIZEOF lab
 mov eax, i1
 invoke pfn PTR [rbx], 1, 2
END
