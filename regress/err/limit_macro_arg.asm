; A macro whose argument doubles at each recursive call (m a&a) grew
; without bound: 3 GB in a minute before the nesting limit (issue #17
; item 10, found with a STRUCT redefined at each level).  A substituted
; macro line over 1 MiB (ASM_MAX_TEXT_MACRO) is now dropped with A2041
; at the call; ml64 14.12 gives the same error number, much earlier (its
; text limit is 255 bytes).
m MACRO a
  IFNB <a>
    m a&a
  ENDIF
ENDM
m x                                     ; ERROR A2041
END
