; ml64 14.12 takes no language type in COMM (A2008 on the name; JWasm
; does take it; issue 11).
.data
x       db      0
COMM C cvar:DWORD                       ; ERROR A2008
END
