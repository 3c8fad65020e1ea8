; `=` with an empty string (ml64 14.12: A2047 empty (null) string; it was
; taken silently as 0 since `x = "AB"` became 4142h).
x = ""                 ; ERROR A2047
END
