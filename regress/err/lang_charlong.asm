; `=` with a string of more than 8 characters (ml64 14.12: A2084); `ch` is a
; register and cannot be assigned (A2008).
.data
nine = "ABCDEFGHI"     ; ERROR A2084
END
