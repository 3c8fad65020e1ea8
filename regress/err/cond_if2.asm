; IF2 without OPTION SETIF2:TRUE: a one-pass assembler rejects it (A2061).
.data
IF1
    DB 1
ENDIF
IF2                             ; ERROR A2061
    DB 2
ENDIF
END
