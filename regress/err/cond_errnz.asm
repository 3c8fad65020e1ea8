; .ERRNZ expr: forced error when the value is not 0 (A2054).
K = 2
.ERRNZ K - 2
.ERRNZ K, <K must be zero>      ; ERROR A2054
END
