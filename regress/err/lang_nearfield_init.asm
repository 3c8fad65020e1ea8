; A STRUCT field of a distance TYPEDEF with an initializer (the fuzzer:
; a shift by -1 checking the value against a 0-byte size, UBSan).
; ml64 14.12: A2104 as for ? (err/lang_nearfield).
near_fn TYPEDEF NEAR
S STRUCT
  f near_fn 0          ; ERROR A2104
S ENDS
END
