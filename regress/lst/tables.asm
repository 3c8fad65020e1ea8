; The end tables of the listing as ml64 14.12 writes them (oracle: its
; listing of this file, `ml64 /c /Fl`; each LSTGREP is one of its lines):
; Structures and Unions with member offsets and types, Records with shift,
; width, mask, Types, Segments, and a data label typed by its STRUCT.
; (Left out: "PTR S1" of the TYPEDEF, and ml64's _TEXT/_DATA names for our
; COFF section names: doc/listing.md.)
; LSTGREP: ^Structures and Unions:$
; LSTGREP: ^S1 \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000005$
; LSTGREP: ^  a  \. \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000000	 Byte$
; LSTGREP: ^  b  \. \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000001	 DWord$
; LSTGREP: ^U1 \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000008$
; LSTGREP: ^  y  \. \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000000	 QWord$
; LSTGREP: ^Records:$
; LSTGREP: ^R1 \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000008      00000002$
; LSTGREP: ^  f1 \. \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000005      00000003	     00E0     \?$
; LSTGREP: ^Types:$
; LSTGREP: ^T1 \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000008     PTR
; LSTGREP: ^v  \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	S1	 00000000 
; LSTGREP: ^f  \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	P 	 00000000 [^	]*	Length= 00000001 Public$
; LSTGREP: ^Segments:$
; LSTGREP: ^myseg  \. \. \. \. \. \. \. \. \. \. \. \. \.	 00000001 16	  'CONST'	 ReadOnly$
; LSTNOGREP: ^f1 \.
S1 STRUCT
a BYTE ?
b DWORD ?
S1 ENDS
U1 UNION
x WORD ?
y QWORD ?
U1 ENDS
R1 RECORD f1:3, f2:5
T1 TYPEDEF PTR S1
myseg SEGMENT READONLY ALIGN(16) 'CONST'
DB 1
myseg ENDS
.data
v S1 <>
.code
f PROC
ret
f ENDP
END
