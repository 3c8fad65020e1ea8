; Repeat blocks: REPT and REPEAT n (0 times too), FOR/IRP over <a,b,c>
; (with a <> group and blank item), FORC/IRPC over text (with a blank and
; a !-escaped character), WHILE expr, EXITM leaving a loop early, LOCAL
; inside a repeat body (a fresh label each iteration), nested repeats.
; CHECK: objdump -s -j .data
.data
base LABEL BYTE
n = 1
REPT 3
    DB n
    n = n + 1
ENDM
REPEAT 2
    DB 0A0h
ENDM
REPT 0
    DB 0EEh
ENDM
FOR x, <10h, 11h, 12h>
    DB x
ENDM
IRP x, <<20h, 21h>, 22h>
    DB x
ENDM
FOR x, <30h, , 31h>
    IFB <x>
      DB 3Fh
    ELSE
      DB x
    ENDIF
ENDM
FORC c, <ab c>
    DB "&c&"
ENDM
IRPC c, xyz
    DB '&c&'
ENDM
FORC c, <1!>2>
    DB "&c&"
ENDM
i = 0
WHILE i LT 4
    DB 40h + i
    i = i + 1
ENDM
WHILE 0
    DB 0EEh
ENDM
; EXITM ends the innermost repeat block
i = 0
WHILE 1
    IF i EQ 3
      EXITM
    ENDIF
    DB 50h + i
    i = i + 1
ENDM
FOR x, <60h, 61h, 0, 62h>
    IF x EQ 0
      EXITM
    ENDIF
    DB x
ENDM
; LOCAL in a repeat body
REPT 2
    LOCAL here
here DB 70h
    DB here - base
ENDM
; nested
FOR a, <1, 2>
  FOR b, <3, 4>
    DB a * 10h + b
  ENDM
ENDM
END
