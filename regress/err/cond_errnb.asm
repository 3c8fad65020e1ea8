; .ERRNB <text>: forced error when the text is not blank (A2058).
.ERRNB <>
.ERRNB < >
.ERRNB <x>                      ; ERROR A2058
END
