; .ERRNDEF name: forced error when the symbol is not defined (A2055).
K = 1
.ERRNDEF K
.ERRNDEF nosuch                 ; ERROR A2055
END
