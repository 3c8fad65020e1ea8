; The names of a STRUCT and of its anonymous members (nested STRUCT/UNION
; without a name, an unnamed field of a STRUCT type) are one namespace,
; through any depth: ml64 14.12 says A2005 for a name taken in it, on the
; line that brings the name again.  A named nested STRUCT starts its own.
POINT STRUCT
  x DD ?
  y DD ?
POINT ENDS
S1 STRUCT
  a DB ?
  UNION
    a DW ?                        ; ERROR A2005
  ENDS
S1 ENDS
S2 STRUCT
  UNION
    STRUCT b
      y DB ?
    ENDS
  ENDS
  b DW ?                          ; ERROR A2005
S2 ENDS
S3 STRUCT
  x DB ?
  POINT <>                        ; ERROR A2005
S3 ENDS
S4 STRUCT
  UNION
    u1 DB ?
    POINT <>
  ENDS
  UNION
    u2 DB ?
    POINT <>                      ; ERROR A2005
  ENDS
S4 ENDS
S5 STRUCT
  c DB ?
  UNION
    STRUCT
      c DD ?                      ; ERROR A2005
    ENDS
  ENDS
  STRUCT inner
    c DB ?
    x DB ?
  ENDS
S5 ENDS
END
