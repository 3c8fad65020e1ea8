; .ERRDIF <a>, <b>: forced error when the texts differ, case sensitive
; (A2060).
.ERRDIF <abc>, <abc>
.ERRDIF <abc>, <ABC>            ; ERROR A2060
END
