; .ERRDEF name: forced error when the symbol is defined (A2056).
.ERRDEF nosuch
K = 1
.ERRDEF K                       ; ERROR A2056
END
