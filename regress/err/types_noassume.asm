; [reg].field needs a type for reg (ASSUME reg:PTR type or a cast).
POINT STRUCT
  x DWORD ?
POINT ENDS
.code
 ASSUME rbx:PTR POINT
 ASSUME rbx:NOTHING
 mov eax, [rbx].x                 ; ERROR A2006
END
