; .ERRDIFI <a>, <b>: forced error when the texts differ ignoring case
; (A2060).
.ERRDIFI <abc>, <ABC>
.ERRDIFI <abc>, <abd>           ; ERROR A2060
END
