; .ERRIDN <a>, <b>: forced error when the texts are identical, case
; sensitive (A2059).
.ERRIDN <abc>, <ABC>
.ERRIDN <abc>, <abd>
.ERRIDN <abc>, <abc>            ; ERROR A2059
END
