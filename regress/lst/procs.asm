; The "Procedures, parameters, and locals" table as ml64 14.12 writes it
; (oracle: its listing of this file, `ml64 /c /Fl`; each LSTGREP is one
; of its lines, with our section name for its _TEXT): each procedure with
; its length and visibility, then its parameters and LOCALs at their frame
; offsets and its labels, in source order.
; LSTGREP: ^f  \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	P 	 00000000 [^	]*	Length= 0000000D Public$
; LSTGREP: ^  a  \. \. \. \. \. \. \. \. \. \. \. \. \. \.	QWord	 rbp \+ 00000010$
; LSTGREP: ^  b  \. \. \. \. \. \. \. \. \. \. \. \. \. \.	DWord	 rbp \+ 00000018$
; LSTGREP: ^  x  \. \. \. \. \. \. \. \. \. \. \. \. \. \.	DWord	 rbp - 00000004$
; LSTGREP: ^  y  \. \. \. \. \. \. \. \. \. \. \. \. \. \.	Byte	 rbp - 00000008$
; LSTGREP: ^g  \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	P 	 0000000D [^	]*	Length= 00000001 Private$
; LSTGREP: ^  lab1 \. \. \. \. \. \. \. \. \. \. \. \. \.	L 	 0000000D 
.code
f PROC a:QWORD, b:DWORD
LOCAL x:DWORD, y[4]:BYTE
mov eax, b
ret
f ENDP
g PROC PRIVATE
lab1:
ret
g ENDP
END
