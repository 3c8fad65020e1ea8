; A UNION member with a distance TYPEDEF (ml64 14.12: A2104; it was taken
; as a member of 0FF06h bytes).
far_fn TYPEDEF FAR
U UNION
  f far_fn ?           ; ERROR A2104
U ENDS
END
