; ml64 14.12 takes no distance in COMM (A2008 on NEAR; issue 11).
.data
x       db      0
COMM NEAR cvar:DWORD                    ; ERROR A2008
END
