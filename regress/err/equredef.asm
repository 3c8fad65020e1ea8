; A numeric EQU cannot be redefined, neither by EQU nor by `=' (ml:
; A2005 symbol redefinition; JWasm: "Symbol redefinition").
k1      EQU 5
k1      EQU 6                           ; ERROR A2005
k2      EQU 7
k2      = 8                             ; ERROR A2005
k3      = 1
k3      = 2                             ; `=' redefines `='
END
