; .ERRIDNI <a>, <b>: forced error when the texts are identical ignoring
; case (A2059).
.ERRIDNI <abc>, <abd>
.ERRIDNI <abc>, <ABC>           ; ERROR A2059
END
