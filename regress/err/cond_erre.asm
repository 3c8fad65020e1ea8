; .ERRE expr: forced error when the value is 0 (A2053).
K = 2
.ERRE K
.ERRE K - 1
.ERRE K - 2                     ; ERROR A2053
END
