; Conditional assembly: IF IFE IFDEF IFNDEF IFB IFNB IFIDN IFIDNI IFDIF
; IFDIFI, every ELSEIF form, ELSE, ENDIF, nesting (also inside skipped
; blocks), IF1 (true: one pass as seen by the source).  Each taken branch
; emits one distinct byte; a wrong branch would emit 0EEh.
; CHECK: objdump -s -j .data
.data
defd = 5
tx TEXTEQU <abc>
IF 1
    DB 01h
ELSE
    DB 0EEh
ENDIF
IF 0
    DB 0EEh
ELSEIF defd EQ 5
    DB 02h
ELSE
    DB 0EEh
ENDIF
IFE 0
    DB 03h
ENDIF
IFE defd
    DB 0EEh
ELSEIFE defd - 5
    DB 04h
ENDIF
IFDEF defd
    DB 05h
ENDIF
IFDEF nosuch
    DB 0EEh
ELSEIFDEF tx
    DB 06h
ENDIF
IFNDEF nosuch
    DB 07h
ENDIF
IFNDEF defd
    DB 0EEh
ELSEIFNDEF other
    DB 08h
ENDIF
IFB <>
    DB 09h
ENDIF
IFB < >
    DB 0Ah                      ; blanks only: still blank
ENDIF
IFB <x>
    DB 0EEh
ELSEIFB <>
    DB 0Bh
ENDIF
IFNB <x>
    DB 0Ch
ENDIF
IFNB <>
    DB 0EEh
ELSEIFNB <y>
    DB 0Dh
ENDIF
IFIDN <abc>, <abc>
    DB 0Eh
ENDIF
IFIDN <abc>, <ABC>
    DB 0EEh
ELSEIFIDNI <abc>, <ABC>
    DB 0Fh
ENDIF
IFIDNI <Abc>, <aBC>
    DB 10h
ENDIF
IFDIF <abc>, <ABC>
    DB 11h
ENDIF
IFDIF <a>, <a>
    DB 0EEh
ELSEIFDIF <a>, <b>
    DB 12h
ENDIF
IFDIFI <abc>, <ABC>
    DB 0EEh
ELSEIFDIFI <abc>, <abd>
    DB 13h
ENDIF
IFIDN <abc>, tx                 ; text macro argument
    DB 14h
ENDIF
; ELSEIF chain: the first true branch only
IF 0
    DB 0EEh
ELSEIF 1
    DB 15h
ELSEIF 1
    DB 0EEh
ELSE
    DB 0EEh
ENDIF
; nesting, and nesting inside a skipped block
IF 1
  IF 0
    DB 0EEh
  ELSE
    DB 16h
    IFDEF defd
      DB 17h
    ENDIF
  ENDIF
ELSE
  IF 1
    DB 0EEh
  ELSE
    DB 0EEh
  ENDIF
ENDIF
IF 0
  IFDEF nosuch
  ELSEIF 1
    DB 0EEh
  ENDIF
ELSEIF 0
ELSE
    DB 18h
ENDIF
IF1
    DB 19h
ENDIF
; inside a macro, with parameters
ck MACRO a, b
  IFIDNI <a>, <b>
    DB 1Ah
  ELSEIFB <b>
    DB 1Bh
  ELSE
    DB 1Ch
  ENDIF
ENDM
    ck Foo, fOO
    ck x
    ck x, y
END
