; ml64 14.12: COMM STDCALL x:DWORD is A2008 like COMM C (issue 11).
.data
x       db      0
COMM STDCALL cvar:DWORD:4               ; ERROR A2008
END
