; A STRUCT field with a distance TYPEDEF (ml64 14.12: A2104, as for data;
; it was a division by zero, SIGFPE, laying the field out).
near_fn TYPEDEF NEAR
S STRUCT
  a DD ?
  f near_fn ?          ; ERROR A2104
S ENDS
END
