; The same layout with another default value: non-benign (A2163).
POINT STRUCT
  x DWORD 1
POINT ENDS
POINT STRUCT
  x DWORD 2
POINT ENDS                        ; ERROR A2163
END
