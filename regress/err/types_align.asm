; STRUCT alignment must be a power of two up to 32.
S STRUCT 3                        ; ERROR A2064
  n BYTE ?
S ENDS
END
