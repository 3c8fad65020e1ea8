; A second ELSE (or an ELSEIF after ELSE) in one IF block: A2002, an
; error (assembly goes on), as ml64 14.12 reports it at that line.
; oracle: ml64 14.12 (wine ml64 /c cond_else_twice.asm)
.data
IF 1
    DB 1
ELSE
    DB 2
ELSE                            ; ERROR A2002
    DB 3
ENDIF
    DB 4
END
