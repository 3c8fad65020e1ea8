; ml64 14.12's GOTO out of an IF block counts IF levels from 0 again: an
; IF later in the same expansion reuses the caller's outermost level, and
; when that IF was false, the caller's ELSE at that level runs too (an
; ELSEIF is evaluated), although the branch before it ran.  Inner levels
; are not touched.  The MASM64 SDK meets this through its prologue macro
; (IF localbytes EQ 0 / GOTO over / ... / IF argb GT 1) run at the first
; instruction of a PROC inside its .if macros: ml64 writes the compare
; twice.  A GOTO without a later false IF changes nothing.
; ml64 14.12: 01 02 03 04 | 01 05 07 08 | 01 0A 0B | 01 0C 0D | 11 12 13.
; CHECK: objdump -s -j .data
skip_then_test MACRO
  IF 1
    GOTO past
  ENDIF
  DB 0EEh
:past
  DB 1
  IF 0
    DB 0EEh
  ENDIF
ENDM
skip_only MACRO
  IF 1
    GOTO past2
  ENDIF
:past2
  DB 11h
ENDM
wrapper MACRO
  IF 1
    skip_then_test
    DB 2
  ELSE
    DB 3
  ENDIF
  DB 4
ENDM
.data
  wrapper
  IF 1
    IF 1
      skip_then_test
      DB 5
    ELSE
      DB 6
    ENDIF
    DB 7
  ELSE
    DB 8
  ENDIF
  IF 1
    skip_then_test
    IF 0
      DB 9
    ELSE
      DB 0Ah
    ENDIF
  ELSE
    DB 0Bh
  ENDIF
  IF 1
    skip_then_test
    DB 0Ch
  ELSEIF 1
    DB 0Dh
  ELSE
    DB 0Eh
  ENDIF
  IF 1
    skip_only
    DB 12h
  ELSE
    DB 0EEh
  ENDIF
  DB 13h
END
