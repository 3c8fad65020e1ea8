; A numeric EQU cannot be redefined, neither by EQU nor by `=' (ml64 14.12:
; A2005 symbol redefinition).  (k1..k7 are opmask registers: A2008 there.)
c1      EQU 5
c1      EQU 6                           ; ERROR A2005
c2      EQU 7
c2      = 8                             ; ERROR A2005
c3      = 1
c3      = 2                             ; `=' redefines `='
END
