; The listing controls and layout as ml64 14.12 shows them (oracle: its
; listing of this file, `ml64 /c /Fl /Sg`; each LSTGREP is a line ml64
; writes, in our columns): the title and page lines of TITLE, SUBTITLE and
; PAGE, "= value" lines for equates and text macros, the macro level
; before an expanded line, .LISTMACRO (the default: only expansion lines
; with code), .NOLISTMACRO (no expansion lines; we keep the bytes on the
; call line so every byte is listed), .LISTMACROALL (every line, nested
; calls too), MACRO definitions, IF/ENDIF lines listed without the false
; block (these lines and macro calls without an address), and the end
; tables with ml64's dotted names and the warning and error counts.
; LSTGREP: ^My Title +Page 1 - 1$
; LSTGREP: ^My Title +Page 2 - 1$
; LSTGREP: ^Sub one$
; LSTGREP: ^ = 00000005 +N1 EQU 5$
; LSTGREP: ^ = 00000010 +N2 = 10h$
; LSTGREP: ^ = abc +T1 TEXTEQU <abc>$
; LSTGREP: ^[0-9A-F]{8} B803000000 +2 +mov eax, 3$
; LSTGREP: ^[0-9A-F]{8} 83C003 +1 +add eax, 3$
; LSTNOGREP: inner 3$
; LSTNOGREP: mov eax, 4$
; LSTGREP: ^[0-9A-F]{8} B80400000083C004 +outer 4$
; LSTGREP: ^ +1 +inner 5$
; LSTGREP: ^ +IF 0$
; LSTNOGREP: ^[0-9A-F]{8} .* nop$
; LSTGREP: ^ +inner MACRO x$
; LSTGREP: ^ +  mov eax, x$
; LSTGREP: ^Macros:$
; LSTGREP: ^inner  \. \. \. \. \. \. \. \. \. \. \. \. \.	Proc$
; LSTGREP: ^Procedures, parameters, and locals:$
; LSTGREP: ^f  \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	P 	 00000000 
; LSTGREP: ^N1 \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	Number	 00000005h
; LSTGREP: ^T1 \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	Text   	 abc$
; LSTGREP: ^v1 \. \. \. \. \. \. \. \. \. \. \. \. \. \. \.	DWord	 00000000 
; LSTGREP: ^	   0 Warnings$
; LSTGREP: ^	   0 Errors$
TITLE My Title
SUBTITLE Sub one
N1 EQU 5
N2 = 10h
T1 TEXTEQU <abc>
inner MACRO x
  mov eax, x
ENDM
outer MACRO y
  inner y
  add eax, y
ENDM
.data
v1 DD N1
.code
f PROC
  outer 3
IF 0
  nop
ENDIF
.NOLISTMACRO
  outer 4
.LISTMACROALL
  outer 5
.LISTMACRO
PAGE
  ret
f ENDP
END
