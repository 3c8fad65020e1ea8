; ENDS of a segment other than the one `.data` opened (ml64 14.12: A1010).
.data
  db 1
_TEXT ENDS           ; FATAL A1010
END
